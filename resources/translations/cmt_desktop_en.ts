<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Made with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan, keep and export the social-media calendar of a small cultural venue: a strategy that fits your time, reminders, and a plan the director can read. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it. The libraries it is made with keep their own licences (see the next tab); Qt and PySide6 are used under the GNU Lesser General Public License, version 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software this app is made with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you to the people who make them. Their licence texts are in the 'licenses' folder of the installed app.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong in CMt Desktop: %1

Every change you made before this was already saved. If it happens again, note what you were doing and tell us.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This venue file is already open in CMt Desktop, which does not answer:
%1

Wait a moment and start again, or restart the computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's backup could not be written (%1). Check that the disk is not full and that the backup folder is available (File › Backups).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This venue file is open read-only: you can look at it and export it, but changes will not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some posts were changed both here and by a colleague. Nothing was overwritten: choose what to keep in Settings › Changed on both sides.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before an update of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before a big change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the calendar back as it was on %1?

The current state is backed up first: you can come back to it by restoring that backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is damaged or is not a venue file, so nothing was changed. Choose an older one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of the venue file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of the venue file is made every day you open the app, and before every big change (a new plan, an import, a restore). The oldest ones are removed: the last days, weeks and months are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore this backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>W%1</source>
            <extracomment>loads the dated posts from the first day to the last day, both included loads the venue events overlapping the first day to the last day loads the cultural dates overlapping the first day to the last day</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, no post</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1, %n post(s)</source>
            <translation>
                <numerusform>%1, %n post</numerusform>
                <numerusform>%1, %n posts</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural date: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(dates to confirm)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Posts of this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New post here…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CapacityBox</name>
        <message>
            <source>What you can really do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photography</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graphic design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> h per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours really available each week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content you can produce:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills in the team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hours really available:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Companion</name>
        <message>
            <source>No system tray on this desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders will appear here, at the top of the window, while it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login entry could not be changed (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CMt Desktop is still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It stays in the tray to remind you to publish and to answer. To quit, use Quit in its menu; Settings can make closing the window quit instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Changed on both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These posts were changed here and, since the last sync, by a colleague on the team calendar. Nothing was overwritten: choose the version to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to settle: every post is the same here and on the team calendar (as of the last sync).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts to settle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the team calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the &amp;team calendar's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted from the team calendar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CulturalSuggestions</name>
        <message>
            <source>Cultural date: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (dates to confirm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan a &amp;post about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take part: add it to our programme, with its campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Correct the dates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan a post about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A draft about %1 is in the calendar; open it to write it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 is in the venue's programme, with %n campaign post(s).</source>
            <translation>
                <numerusform>%1 is in the venue's programme, with %n campaign post.</numerusform>
                <numerusform>%1 is in the venue's programme, with %n campaign posts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateCorrectionDialog</name>
        <message>
            <source>When the organiser announces the dates of %1 for %2, set them here: the calendar then shows them as confirmed.</source>
            <extracomment>stores the dates, or says what is wrong with them (nothing stored then)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Usual dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the dates set here and show the usual period again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day comes before the first day. Check the two dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is more than three months. Check the two dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These dates are for another year. Set the dates of this year's edition; next year's can be set from next year's calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates of a cultural event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the dates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventEditorDialog</name>
        <message>
            <source>New event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue time (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day is before the first day: change one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The event ends before it starts: change the end or the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the event (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from the venue's agenda: a new import may change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As on the venue's programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status of the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All day, without start or end time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All day (no start or end time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day, included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exhibition room, reading corner, garden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aud&amp;ience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Families, children from 6, adults…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Li&amp;nk:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the event page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the posts can draw on: programme, speakers, booking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventFlow</name>
        <message>
            <source>&amp;Delete this event…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Exhibition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventPostsQuestion</name>
        <message>
            <source>Delete event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”? Campaign posts linked to it: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts you have already changed are kept in either case. What should happen to the others?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete event and untouched posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the event and its untouched campaign posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete event, &amp;keep posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the event, keep its posts as your own</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tentative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No moderation slots yet: set the times to answer the community in the strategy first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to a calendar (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your planned posts become events in Outlook or Google Calendar, with a reminder before each one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Whole plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the whole plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export only a date range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reminder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of reminder before each post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add the moderation slots as recurring events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the moderation slots as recurring events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time set in the strategy to answer the community becomes a weekly event, with the same reminder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>editorial-calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file could not be written to %1 (%2).

Choose another folder, for example your Documents folder, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts written: %1, to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderation slots added as weekly events: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan is larger than Google Calendar accepts in one file, so it was split by year: import each file in turn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook: open the file (double-click it, or File › Open &amp; Export › Import/Export) and choose to import it into a separate calendar, for example "Editorial calendar". Importing the same file twice creates duplicates: delete that calendar first to refresh it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Calendar: Settings › Import &amp; export › Import, then choose the file and a dedicated calendar. Google drops the file's reminders on import: set default notifications on that calendar instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileFlow</name>
        <message>
            <source>Save a copy of the venue file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CMt Desktop venue files (*.cmt.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy is in %1.

To work on it on another computer, open it there with File › Open a venue file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet, for Excel in French (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet, comma-separated (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the posts for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts exported: %1.

File: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a hand-over pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand-over pack ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack is in %1. It holds the venue file, the strategy document and a short guide to get started. It contains your calendar: give it only to the colleague who takes over.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Editorial calendar</source>
            <extracomment>whether closing the window hides it in the tray; set by the application</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ideas without a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n post(s) shown</source>
            <translation>
                <numerusform>%n post shown</numerusform>
                <numerusform>%n posts shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;See the post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnsitePage</name>
        <message>
            <source>Online and on-site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your events give the networks their best stories, and the networks bring people to your events. Choose the posts every event gets, counted in days from the event (−7 is a week before).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days from the event for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> events a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events in a typical month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue holds about:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues who contribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collaboration, not dependence: a colleague who sends a photo of the workshop or writes a book review makes the networks the whole team's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they bring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenErrors</name>
        <message>
            <source>The venue file is damaged and cannot be read:
%1

Nothing was changed in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a CMt Desktop venue file:
%1

Nothing was changed in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This venue file was saved by a newer version of CMt Desktop:
%1

Nothing was changed in it. Install the latest version of CMt Desktop to work on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file is in use by another program:
%1

Close the other program (a backup or synchronisation tool, for example), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file cannot be written:
%1

Check that the file and its folder are not read-only, or open it read-only to look at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file cannot be opened:
%1

Check that the folder exists and that you may write in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the venue file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore the latest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a new venue file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest good backup dates from %1; the damaged file is kept aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting afresh keeps this file aside, renamed; nothing is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: you can look at the calendar and export it, not change it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <source>Agenda: list of planned posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ideas without a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag an idea onto a day to plan it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag an idea onto a day of the calendar to plan it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the calendar: ✓ published · ● ready · &lt;i&gt;italic&lt;/i&gt;: idea or draft · &lt;s&gt;struck out&lt;/s&gt;: skipped. The two letters name the network (IG: Instagram…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipationPage</name>
        <message>
            <source>Participation: answering the community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A question left unanswered costs more than a post not published. Set aside short, regular moments to read and answer, and keep ready answers to the questions that always come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We answer within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We &amp;answer within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderation slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;moderation slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a saved a&amp;nswer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[your opening hours]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello! We are open %1. See you soon!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello! Signing up is done at the front desk with an ID; tell us if you have a question about prices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello! Tell us what you need and we will prepare your visit with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello! You can book at the front desk or by phone; places are limited.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostChipDelegate</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostEditing</name>
        <message>
            <source>New post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postpone post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip post</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostEditorDialog</name>
        <message>
            <source>New post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — for the event “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue time (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the post (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tips for %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to fix: the post fits the network and reads well.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 / %Ln character(s)</source>
            <translation>
                <numerusform>%1 / %Ln character</numerusform>
                <numerusform>%1 / %Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) over %1's limit</source>
            <translation>
                <numerusform>%Ln character over %1's limit</numerusform>
                <numerusform>%Ln characters over %1's limit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln hashtag(s)</source>
            <translation>
                <numerusform>%1 / %Ln hashtag</numerusform>
                <numerusform>%1 / %Ln hashtags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hashtag(s)</source>
            <translation>
                <numerusform>%Ln hashtag</numerusform>
                <numerusform>%Ln hashtags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The text is %Ln character(s) too long for %1, which allows %2: shorten it, or split it into several posts.</source>
            <translation>
                <numerusform>The text is %Ln character too long for %1, which allows %2: shorten it, or split it into several posts.</numerusform>
                <numerusform>The text is %Ln characters too long for %1, which allows %2: shorten it, or split it into several posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 allows %Ln hashtag(s) per post and this one has %2: keep the most useful.</source>
            <translation>
                <numerusform>%1 allows %Ln hashtag per post and this one has %2: keep the most useful.</numerusform>
                <numerusform>%1 allows %Ln hashtags per post and this one has %2: keep the most useful.</numerusform>
            </translation>
        </message>
        <message>
            <source>A photo or video is planned but has no alt text: describe it on the Media tab for people who cannot see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>image rights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consent of the people shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked yet: %1. Sort them out before publishing, then tick them on the Rights tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” uses decorative letters that screen readers spell out one by one or skip: type “%2” in ordinary letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: if a hashtag joins several words, start each word with a capital (#JourDeFermeture) so screen readers can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hashtags inside the sentences (%1) interrupt the reading: put them at the end, or in the Hashtags field.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln emoji: screen readers say the name of each one. Keep %1 at most, at the end.</source>
            <translation>
                <numerusform>%Ln emoji: screen readers say the name of each one. Keep %1 at most, at the end.</numerusform>
                <numerusform>%Ln emoji: screen readers say the name of each one. Keep %1 at most, at the end.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 stands between words, where screen readers will read its name: write the word, and keep emoji for the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date yet, keep as an idea in the backlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date &amp;yet (idea backlog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For your calendar only, not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Post text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you will publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hashtags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hashtags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#NuitDesMusees #Patrimoine (added at the end of the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length of the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M&amp;edia notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which photos or video, where to find them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Alt text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe each image for people who cannot see it: what it shows, and any text in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detai&amp;ls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Content pillar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content pillar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind the scenes, collections, events…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attract new publics, build loyalty, inform…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aud&amp;ience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Families, students, regular visitors…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rights and publication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before publishing photos or videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A photo of a work can carry the rights of its author and of the photographer. People who can be recognised must agree in writing to each use (website, Instagram…); for children, their parents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image rights cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Image rights cleared (author of the work, photographer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent of the people shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Consent of the people shown (parents' for children)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credits written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credits &amp;written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publication date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the &amp;published post:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the published post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chec&amp;ks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks of the post</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgrammeFlow</name>
        <message>
            <source>This file is not an iCalendar (.ics) agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is cut short: its end is missing. Export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's characters cannot be read (it is not in UTF-8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too big to be an agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event has no start date or time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event uses a time zone the file does not describe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the venue's programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events added: %1. Changed: %2. Removed: %3. Unchanged: %4.

Their campaign posts follow the strategy's pattern.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be imported: %2

Nothing was changed in your calendar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegularityDialog</name>
        <message>
            <source>Regularity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save the chart as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image could not be written to %1. Choose another folder and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegularityView</name>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regularity</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Regularity over the last %n week(s)</source>
            <translation>
                <numerusform>Regularity over the last %n week</numerusform>
                <numerusform>Regularity over the last %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>No network to follow yet: choose them in the strategy.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: no rhythm set in the strategy, %n post(s) published.</source>
            <translation>
                <numerusform>%1: no rhythm set in the strategy, %n post published.</numerusform>
                <numerusform>%1: no rhythm set in the strategy, %n posts published.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no week to judge yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: %n post(s) out of %2 published on time</source>
            <translation>
                <numerusform>%1: %n post out of %2 published on time</numerusform>
                <numerusform>%1: %n posts out of %2 published on time</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n week(s) out of %2 on rhythm</source>
            <translation>
                <numerusform>%1: %n week out of %2 on rhythm</numerusform>
                <numerusform>%1: %n weeks out of %2 on rhythm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>current streak: %n week(s).</source>
            <translation>
                <numerusform>current streak: %n week.</numerusform>
                <numerusform>current streak: %n weeks.</numerusform>
            </translation>
        </message>
        <message>
            <source>no streak in progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No post published in this period, so no pillar mix yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The strategy sets no target for the pillars.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every pillar is within 10 points of its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillar furthest from its target: %1, %2 of the published posts for %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>To publish at %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not marked as published: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was planned at %2. Published? Mark it; otherwise postpone or skip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your day on the networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To publish today: %1. Late: %2. Moderation slots today: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to answer the community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the comments and messages, and answer them: your saved answers are in the strategy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is behind its rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 post(s) missing this week to keep the rhythm you chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While you were away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders you missed: %1. The today panel shows what is late.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RhythmChart</name>
        <message>
            <source>Rhythm per network and week, and pillar mix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W%1</source>
            <comment>ISO week number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no rhythm set</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>1 every %n week(s)</source>
            <translation>
                <numerusform>1 every %n week</numerusform>
                <numerusform>1 every %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below the rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this week, in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (target %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pillar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 published, %3 due, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures: published / due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillar mix of the published posts (bars) against the targets (marks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillar mix: no post published in this period.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedAnswersDialog</name>
        <message>
            <source>Saved answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: opening hours, booking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the saved answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer (you can improve it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied: paste it in your reply.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every day at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me of the moderation slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing the window keeps CMt Desktop in the tray (reminders go on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start CMt Desktop when I log in (in the tray)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remind me of each post:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of reminder before each post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of the daily digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderation reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep running in the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Another lead time for a network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead time per network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no system tray: reminders appear in the window while it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networks that need more (or less) time:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyDocument</name>
        <message>
            <source>Not answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unnamed venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to settle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review: was the rhythm kept?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next review of this strategy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no date set yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue</source>
            <comment>subject of a sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will be present on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has not chosen its networks yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its objectives: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its publics: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan asks for %1 h of work a week but only %2 h are available: it must be lightened before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan asks for %1 h of work a week, of %2 h available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(inactive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why we are online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal in the venue's project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurable target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need from us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networks and rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h/week planned for %2 h available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>regular posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moderation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h too many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tone and content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speaks as “nous”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speaks as “je”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>says “vous” to followers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>says “tu” to followers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content pillars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recurring series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hashtag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online and on-site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaign for each event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events in the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within %1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderation slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved answers ready for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document could not be produced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyFlow</name>
        <message>
            <source>Calendar not generated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The strategy could not be saved, so the calendar was not changed (%1). Your answers are kept: check the disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar generated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New posts planned: %1. Posts updated: %2. Posts you had changed, left as they are: %3. Planned posts no longer in the strategy, removed: %4.

Each planned post is a draft waiting for its text: open it from the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>social-media-strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenDocument text, for LibreOffice (*.odt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the strategy document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document could not be written to %1 (%2). Choose another folder, for example your Documents folder, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No strategy yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the strategy wizard first (Strategy menu): the document is made from your answers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyLabels</name>
        <message>
            <source>Library / médiathèque</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Museum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heritage site, monument or garden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Art centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other cultural venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attract new publics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build loyalty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mediate and educate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informal and warm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With humour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teaser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live on the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event page on the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit reserved for followers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D-day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the venue's name: it heads the strategy document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one network, ideally the one that fits you best, and start there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no stated reason: say why the venue is there, or leave it aside. Being there just to be there leads nowhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan needs %1 h a week more than you have: lower a cadence or drop a network. Starting small is better than stopping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 serves no objective: pick the objective it works for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 speaks to none of your publics: tick the publics you meet there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no rhythm: plan at least one post a week, or leave it aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No network serves the objective "%1": tie it to a network, or drop it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The objective "%1" is not tied to the venue's project: say which goal of the project it serves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The objective "%1" has no measurable target: say what you will count, and how much, by when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the public "%1" needs from you: it guides what you post for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The content pillars add up to %1 %: adjust them to 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The series "%1" is on a network you did not choose: move it, or choose that network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time is set aside to answer the community: add at least one moderation slot a week.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Points to check on this page</source>
            <extracomment>the page's number in PRODUCT.md, used to pick the rules it checks</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyWizard</name>
        <message>
            <source>Our social-media strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy wizard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Generate my calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Your strategy on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is what your director will read. Points still to check are listed below; you can come back to any page. "Generate my calendar" then plans your posts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of the strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points still to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks to plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date to review the strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan the next:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review the strategy on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Points still to check: %1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Nothing left to check: the strategy is coherent.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>Remove the selected row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamCalendarDialog</name>
        <message>
            <source>&amp;Stop sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Connected: %n calendar(s) found.</source>
            <translation>
                <numerusform>Connected: %n calendar found.</numerusform>
                <numerusform>Connected: %n calendars found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Trust this certificate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server shows a certificate that no authority vouches for (a self-signed one). Trust it only if the person who runs the server confirms that its fingerprint is:

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the calendar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar not created: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the address and the user name, test the connection, then choose the calendar to share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password not kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer's password store could not keep the password (%1), so nothing was saved. On Linux, a keyring such as GNOME Keyring or KWallet must be running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sharing the plan through the team calendar? Your posts stay here; the events already on the server stay there. The password is removed from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share the plan through your team's calendar server (Nextcloud or any CalDAV server): colleagues see it in their own calendar, and their changes come back here. Nothing connects until you set this up; the app keeps working offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://cloud.example.org/remote.php/dav</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the computer's password store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;rust this certificate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result of the connection test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Calendar to share:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar to share the plan through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue's a&amp;genda:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar holding the venue's programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also share the &amp;moderation times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also share the venue's &amp;events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>Team calendar: syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar: not synced (%1); will try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar: sync stopped at %1; it goes on next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team calendar: %1 at %2; will try again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n sent</numerusform>
                <numerusform>%n sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to resolve</source>
            <translation>
                <numerusform>%n to resolve</numerusform>
                <numerusform>%n to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>%n refused by the server</numerusform>
                <numerusform>%n refused by the server</numerusform>
            </translation>
        </message>
        <message>
            <source>Team calendar: up to date at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no calendar server at this address (check it with your IT contact)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server refused the user name or the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server cannot be reached (offline, or the server is down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server answered with an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address must start with https:// so that the password is protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no password stored on this computer (Settings › Team calendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the venue file is open read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <source>Today</source>
            <extracomment>the Post of a row</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts to publish: late, today and this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to publish this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as p&amp;ublished…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ostpone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op&amp;en the post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the published post (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it skipped? (kept in its notes)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TonePage</name>
        <message>
            <source>Native formats and tone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online, a venue speaks like a person: short, warm, with images made for the screen, behind the scenes on the closing day, a hashtag of your own. Choose your voice once and keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue says:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"&amp;we"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"&amp;I"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It addresses people as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"&amp;vous" (formal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"t&amp;u" (familiar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content pillars and their share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pillar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a pi&amp;llar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Behind the scenes on our &amp;closing day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content pillars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recurring series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hashtag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ A weekly rendez-vous with our own &amp;hashtag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind the scenes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#ClosingDay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our weekly rendez-vous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools that fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose few networks and keep them alive, rather than many you cannot feed. The suggestions come from your venue, publics, objectives and what you can produce; select one to see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Networks, the most suitable first; tick the ones you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of your available time the plan uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply the proposed &amp;cuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the venue is there, in one sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min per post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ob&amp;jective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rh&amp;ythm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>post on %1 %2 times a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ublics:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred &amp;time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;paration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred days:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(choose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  — suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick a network to choose it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This plan asks about %1 h a week; you have %2 h.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To keep the rhythm: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave %1 aside for now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>&amp;Open CMt Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today's posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pause reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VenueFiles</name>
        <message>
            <source>Open a venue file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CMt Desktop venue files (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VenuePage</name>
        <message>
            <source>Your venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the venue's own project: the networks should serve it, not the other way round. What you write here heads the document for your director.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: bring reading to every neighbourhood, welcome families, make the local heritage known…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue–Sat 10:00–18:00, Wed until 19:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Town:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Missions, project:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opening hours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts you already have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name or handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add an account</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhyPage</name>
        <message>
            <source>Why be on social networks?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each objective should serve a goal of the venue's project and come with a target you can count ("30 new card holders under 25 by June"). Then say who you want to reach and what those publics expect from you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal of the venue's project it serves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurable target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need from you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key messages (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key messages, one per line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New post…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;idea (no date)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit post…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export to a calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dupli&amp;cate post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New venue e&amp;vent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import the venue's programme (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for a &amp;spreadsheet (.csv)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a venue file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hand-over pack for a colleague…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on &amp;both sides…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ext</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About CMt Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Regularity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cultural dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show national days and events your venue can take part in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reminders and start-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our &amp;strategy (wizard)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the strategy &amp;document (PDF, ODT)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the strategy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why we are on each network, for whom, at what rhythm — and the plan it gives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous month or week (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next month or week (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;trategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WriteErrors</name>
        <message>
            <source>The disk is full, so the change could not be saved. Free some space (empty the recycle bin, move big files away), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file is open read-only, so changes cannot be saved. To change it, open it normally (File › Open a venue file) once the cause is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is using the venue file (a backup or synchronisation tool, perhaps), so the change could not be saved. Wait a moment, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be written to the venue file. Check that the disk is not full and that no other program is using the file, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed in the file. Detail: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>W%1</source>
            <extracomment>loads the dated posts from the first day to the last day, both included</extracomment>
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
        <name>ExportDialog</name>
        <message>
            <source>All networks</source>
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
            <source>F&amp;rom</source>
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
        <name>MainWindow</name>
        <message>
            <source>Editorial calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
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
            <source>Change not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be written to the venue file, so nothing was changed.

Check that the disk is not full and that no other program is using the file, then try again.

Detail: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plan, keep and export the social-media calendar of a small cultural venue, offline.&lt;/p&gt;&lt;p&gt;Your data: %3&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenErrors</name>
        <message>
            <source>The venue file is damaged and cannot be read:
%1

Nothing was changed in it. Keep a copy of this file, then restore a backup or move it aside to start afresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a CMt Desktop venue file:
%1

Nothing was changed in it. Choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This venue file was saved by a newer version of CMt Desktop:
%1

Nothing was changed in it. Install the latest version of CMt Desktop to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file is in use by another program:
%1

Close the other program (or the other CMt Desktop window) and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The venue file cannot be written:
%1

Check that the file and its folder are not read-only, then start again.</source>
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
            <source>D&amp;uplicate post</source>
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
            <source>◀ &amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ext ▶</source>
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
</TS>

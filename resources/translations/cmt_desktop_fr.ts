<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation>À propos de %1</translation>
        </message>
        <message>
            <source>&amp;Made with</source>
            <translation>&amp;Fabriqué avec</translation>
        </message>
        <message>
            <source>Plan, keep and export the social-media calendar of a small cultural venue: a strategy that fits your time, reminders, and a plan the director can read. Everything stays on this computer.</source>
            <translation>Planifier, tenir et exporter le calendrier des réseaux sociaux d'une petite structure culturelle : une stratégie à la mesure de votre temps, des rappels, et un plan que la direction peut lire. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it. The libraries it is made with keep their own licences (see the next tab); Qt and PySide6 are used under the GNU Lesser General Public License, version 3.</source>
            <translation>Logiciel libre sous licence publique générale GNU (GPL), version 3 ou ultérieure : vous pouvez l'utiliser, l'étudier, le partager et l'améliorer. Les bibliothèques avec lesquelles il est fabriqué gardent leurs propres licences (voir l'onglet suivant) ; Qt et PySide6 sont utilisés sous licence publique générale limitée GNU (LGPL), version 3.</translation>
        </message>
        <message>
            <source>Venue file:</source>
            <translation>Fichier de la structure :</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Sauvegardes :</translation>
        </message>
        <message>
            <source>in memory</source>
            <translation>en mémoire</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>Ouvrir le &amp;dossier des données</translation>
        </message>
        <message>
            <source>Software this app is made with</source>
            <translation>Logiciels avec lesquels cette application est fabriquée</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Thank you to the people who make them. Their licence texts are in the 'licenses' folder of the installed app.</source>
            <translation>Merci aux personnes qui les font vivre. Les textes de leurs licences se trouvent dans le dossier « licenses » de l'application installée.</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Venue event</source>
            <translation>Événement de la structure</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong in CMt Desktop: %1

Every change you made before this was already saved. If it happens again, note what you were doing and tell us.</source>
            <translation>Un problème est survenu dans CMt Desktop : %1

Toutes les modifications faites jusque-là sont déjà enregistrées. Si cela se reproduit, notez ce que vous faisiez et signalez-le-nous.</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>Déjà ouvert</translation>
        </message>
        <message>
            <source>This venue file is already open in CMt Desktop, which does not answer:
%1

Wait a moment and start again, or restart the computer.</source>
            <translation>Ce fichier de structure est déjà ouvert dans CMt Desktop, qui ne répond pas :
%1

Patientez un instant puis relancez, ou redémarrez l'ordinateur.</translation>
        </message>
        <message>
            <source>No backup today</source>
            <translation>Pas de sauvegarde aujourd'hui</translation>
        </message>
        <message>
            <source>Today's backup could not be written (%1). Check that the disk is not full and that the backup folder is available (File › Backups).</source>
            <translation>La sauvegarde du jour n'a pas pu être écrite (%1). Vérifiez que le disque n'est pas plein et que le dossier des sauvegardes est disponible (Fichier › Sauvegardes).</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (lecture seule)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>This venue file is open read-only: you can look at it and export it, but changes will not be saved.</source>
            <translation>Ce fichier de structure est ouvert en lecture seule : vous pouvez le consulter et l'exporter, mais les modifications ne seront pas enregistrées.</translation>
        </message>
        <message>
            <source>Team calendar</source>
            <translation>Agenda d'équipe</translation>
        </message>
        <message>
            <source>Some posts were changed both here and by a colleague. Nothing was overwritten: choose what to keep in Settings › Changed on both sides.</source>
            <translation>Des publications ont été modifiées à la fois ici et par un collègue. Rien n'a été écrasé : choisissez quoi garder dans Réglages › Modifiées des deux côtés.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>every day</source>
            <translation>chaque jour</translation>
        </message>
        <message>
            <source>before an update of the app</source>
            <translation>avant une mise à jour de l'application</translation>
        </message>
        <message>
            <source>before a big change</source>
            <translation>avant un changement important</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>avant une restauration</translation>
        </message>
        <message>
            <source>by you</source>
            <translation>par vous</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>endommagée</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Put the calendar back as it was on %1?

The current state is backed up first: you can come back to it by restoring that backup.</source>
            <translation>Remettre le calendrier tel qu'il était le %1 ?

L'état actuel est sauvegardé d'abord : vous pourrez y revenir en restaurant cette sauvegarde.</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Sauvegarde non restaurée</translation>
        </message>
        <message>
            <source>This backup is damaged or is not a venue file, so nothing was changed. Choose an older one.</source>
            <translation>Cette sauvegarde est endommagée ou n'est pas un fichier de structure : rien n'a été modifié. Choisissez-en une plus ancienne.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups of the venue file</source>
            <translation>Sauvegardes du fichier de la structure</translation>
        </message>
        <message>
            <source>A copy of the venue file is made every day you open the app, and before every big change (a new plan, an import, a restore). The oldest ones are removed: the last days, weeks and months are kept.</source>
            <translation>Une copie du fichier de la structure est faite chaque jour où vous ouvrez l'application, et avant chaque changement important (nouveau planning, import, restauration). Les plus anciennes sont supprimées : les derniers jours, semaines et mois sont conservés.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>&amp;Restore this backup…</source>
            <translation>&amp;Restaurer cette sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Changer…</translation>
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>W%1</source>
            <extracomment>loads the dated posts from the first day to the last day, both included loads the venue events overlapping the first day to the last day loads the cultural dates overlapping the first day to the last day</extracomment>
            <translation>S%1</translation>
        </message>
        <message>
            <source>%1, no post</source>
            <translation>%1, aucune publication</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n post(s)</source>
            <translation>
                <numerusform>%1, %n publication</numerusform>
                <numerusform>%1, %n publications</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>Cultural date: %1, %2</source>
            <translation>Date culturelle : %1, %2</translation>
        </message>
        <message>
            <source>(dates to confirm)</source>
            <translation>(dates à confirmer)</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Posts of this day</source>
            <translation>Publications de ce jour</translation>
        </message>
        <message>
            <source>New post here…</source>
            <translation>Nouvelle publication ici…</translation>
        </message>
    </context>
    <context>
        <name>CapacityBox</name>
        <message>
            <source>What you can really do</source>
            <translation>Ce que vous pouvez vraiment faire</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Vidéos</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Textes</translation>
        </message>
        <message>
            <source>Photography</source>
            <translation>Photographie</translation>
        </message>
        <message>
            <source>Video editing</source>
            <translation>Montage vidéo</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Rédaction</translation>
        </message>
        <message>
            <source>Graphic design</source>
            <translation>Graphisme</translation>
        </message>
        <message>
            <source> h per week</source>
            <translation> h par semaine</translation>
        </message>
        <message>
            <source>Hours really available each week</source>
            <translation>Heures réellement disponibles chaque semaine</translation>
        </message>
        <message>
            <source>Content you can produce:</source>
            <translation>Contenus que vous pouvez produire :</translation>
        </message>
        <message>
            <source>Skills in the team:</source>
            <translation>Compétences dans l'équipe :</translation>
        </message>
        <message>
            <source>&amp;Hours really available:</source>
            <translation>Heures réellement &amp;disponibles :</translation>
        </message>
    </context>
    <context>
        <name>Companion</name>
        <message>
            <source>No system tray on this desktop</source>
            <translation>Pas de zone de notification sur ce bureau</translation>
        </message>
        <message>
            <source>Reminders will appear here, at the top of the window, while it is open.</source>
            <translation>Les rappels s'afficheront ici, en haut de la fenêtre, tant qu'elle est ouverte.</translation>
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation>Démarrage à l'ouverture de session inchangé</translation>
        </message>
        <message>
            <source>The login entry could not be changed (%1).</source>
            <translation>Le lancement à l'ouverture de session n'a pas pu être modifié (%1).</translation>
        </message>
        <message>
            <source>CMt Desktop is still running</source>
            <translation>CMt Desktop reste ouvert</translation>
        </message>
        <message>
            <source>It stays in the tray to remind you to publish and to answer. To quit, use Quit in its menu; Settings can make closing the window quit instead.</source>
            <translation>Il reste dans la zone de notification pour vous rappeler de publier et de répondre. Pour le quitter, utilisez Quitter dans son menu ; les Réglages permettent aussi de quitter en fermant la fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Changed on both sides</source>
            <translation>Modifiées des deux côtés</translation>
        </message>
        <message>
            <source>These posts were changed here and, since the last sync, by a colleague on the team calendar. Nothing was overwritten: choose the version to keep.</source>
            <translation>Ces publications ont été modifiées ici et, depuis la dernière synchronisation, par un collègue dans l'agenda d'équipe. Rien n'a été écrasé : choisissez la version à garder.</translation>
        </message>
        <message>
            <source>Nothing to settle: every post is the same here and on the team calendar (as of the last sync).</source>
            <translation>Rien à trancher : chaque publication est la même ici et dans l'agenda d'équipe (lors de la dernière synchronisation).</translation>
        </message>
        <message>
            <source>Posts to settle</source>
            <translation>Publications à trancher</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>On the team calendar</source>
            <translation>Dans l'agenda d'équipe</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <source>Keep the &amp;team calendar's</source>
            <translation>Garder celle de l'&amp;agenda d'équipe</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>Deleted on this computer.</source>
            <translation>Supprimée sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Deleted from the team calendar.</source>
            <translation>Supprimée de l'agenda d'équipe.</translation>
        </message>
    </context>
    <context>
        <name>CulturalSuggestions</name>
        <message>
            <source>Cultural date: %1</source>
            <translation>Date culturelle : %1</translation>
        </message>
        <message>
            <source>%1 (dates to confirm)</source>
            <translation>%1 (dates à confirmer)</translation>
        </message>
        <message>
            <source>Plan a &amp;post about it</source>
            <translation>Prévoir une &amp;publication à ce sujet</translation>
        </message>
        <message>
            <source>&amp;Take part: add it to our programme, with its campaign</source>
            <translation>&amp;Y participer : l'ajouter à notre programme, avec sa campagne</translation>
        </message>
        <message>
            <source>&amp;Correct the dates…</source>
            <translation>&amp;Corriger les dates…</translation>
        </message>
        <message>
            <source>Plan a post about %1</source>
            <translation>Prévoir une publication sur %1</translation>
        </message>
        <message>
            <source>A draft about %1 is in the calendar; open it to write it.</source>
            <translation>Un brouillon sur %1 est dans le calendrier ; ouvrez-le pour le rédiger.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is in the venue's programme, with %n campaign post(s).</source>
            <translation>
                <numerusform>%1 est au programme de la structure, avec %n publication de campagne.</numerusform>
                <numerusform>%1 est au programme de la structure, avec %n publications de campagne.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateCorrectionDialog</name>
        <message>
            <source>When the organiser announces the dates of %1 for %2, set them here: the calendar then shows them as confirmed.</source>
            <extracomment>stores the dates, or says what is wrong with them (nothing stored then)</extracomment>
            <translation>Quand l'organisateur annonce les dates de %1 pour %2, indiquez-les ici : le calendrier les affiche alors comme confirmées.</translation>
        </message>
        <message>
            <source>&amp;Usual dates</source>
            <translation>Dates &amp;habituelles</translation>
        </message>
        <message>
            <source>Forget the dates set here and show the usual period again</source>
            <translation>Oublier les dates indiquées ici et revenir à la période habituelle</translation>
        </message>
        <message>
            <source>The last day comes before the first day. Check the two dates.</source>
            <translation>Le dernier jour tombe avant le premier. Vérifiez les deux dates.</translation>
        </message>
        <message>
            <source>That is more than three months. Check the two dates.</source>
            <translation>Cela fait plus de trois mois. Vérifiez les deux dates.</translation>
        </message>
        <message>
            <source>These dates are for another year. Set the dates of this year's edition; next year's can be set from next year's calendar.</source>
            <translation>Ces dates sont celles d'une autre année. Indiquez les dates de l'édition de cette année ; celles de l'an prochain se règlent depuis le calendrier de l'an prochain.</translation>
        </message>
        <message>
            <source>Dates of a cultural event</source>
            <translation>Dates d'un événement culturel</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Premier jour :</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Dernier jour :</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Problem with the dates</source>
            <translation>Problème de dates</translation>
        </message>
    </context>
    <context>
        <name>EventEditorDialog</name>
        <message>
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Modifier l'événement</translation>
        </message>
        <message>
            <source>Venue time (%1)</source>
            <translation>Heure de la structure (%1)</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Premier jour :</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>De&amp;rnier jour :</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>The last day is before the first day: change one of them.</source>
            <translation>Le dernier jour est avant le premier : modifiez l'un des deux.</translation>
        </message>
        <message>
            <source>The event ends before it starts: change the end or the start.</source>
            <translation>L'événement finit avant de commencer : modifiez la fin ou le début.</translation>
        </message>
        <message>
            <source>Save the event (Ctrl+Return)</source>
            <translation>Enregistrer l'événement (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Imported from the venue's agenda: a new import may change it.</source>
            <translation>Importé de l'agenda de la structure : un nouvel import peut le modifier.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>As on the venue's programme</source>
            <translation>Comme dans la programmation de la structure</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Type d'événement</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>Status of the event</source>
            <translation>Statut de l'événement</translation>
        </message>
        <message>
            <source>All day, without start or end time</source>
            <translation>Toute la journée, sans heure de début ni de fin</translation>
        </message>
        <message>
            <source>&amp;All day (no start or end time)</source>
            <translation>Toute la &amp;journée (sans heure de début ni de fin)</translation>
        </message>
        <message>
            <source>Start date and time</source>
            <translation>Date et heure de début</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>End date and time</source>
            <translation>Date et heure de fin</translation>
        </message>
        <message>
            <source>Last day, included</source>
            <translation>Dernier jour, inclus</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Exhibition room, reading corner, garden…</source>
            <translation>Salle d'exposition, coin lecture, jardin…</translation>
        </message>
        <message>
            <source>Aud&amp;ience:</source>
            <translation>P&amp;ublic :</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Families, children from 6, adults…</source>
            <translation>Familles, enfants dès 6 ans, adultes…</translation>
        </message>
        <message>
            <source>Li&amp;nk:</source>
            <translation>Li&amp;en :</translation>
        </message>
        <message>
            <source>Link to the event page</source>
            <translation>Lien vers la page de l'événement</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Des&amp;cription :</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>What the posts can draw on: programme, speakers, booking…</source>
            <translation>Ce dont les publications peuvent s'inspirer : programme, intervenants, réservation…</translation>
        </message>
    </context>
    <context>
        <name>EventFlow</name>
        <message>
            <source>&amp;Delete this event…</source>
            <translation>Supprimer cet é&amp;vénement…</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Exhibition</source>
            <translation>Exposition</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Projection</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Closing day</source>
            <translation>Jour de fermeture</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>EventPostsQuestion</name>
        <message>
            <source>Delete event</source>
            <translation>Supprimer l'événement</translation>
        </message>
        <message>
            <source>Delete “%1”? Campaign posts linked to it: %2.</source>
            <translation>Supprimer « %1 » ? Publications de campagne liées : %2.</translation>
        </message>
        <message>
            <source>Posts you have already changed are kept in either case. What should happen to the others?</source>
            <translation>Les publications que vous avez déjà modifiées sont conservées dans tous les cas. Que faire des autres ?</translation>
        </message>
        <message>
            <source>&amp;Delete event and untouched posts</source>
            <translation>&amp;Supprimer l'événement et les publications intactes</translation>
        </message>
        <message>
            <source>Delete the event and its untouched campaign posts</source>
            <translation>Supprimer l'événement et ses publications de campagne non modifiées</translation>
        </message>
        <message>
            <source>Delete event, &amp;keep posts</source>
            <translation>Supprimer l'événement, &amp;garder les publications</translation>
        </message>
        <message>
            <source>Delete the event, keep its posts as your own</source>
            <translation>Supprimer l'événement, garder ses publications comme les vôtres</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Tentative</source>
            <translation>À confirmer</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>All networks</source>
            <translation>Tous les réseaux</translation>
        </message>
        <message>
            <source>No moderation slots yet: set the times to answer the community in the strategy first.</source>
            <translation>Pas encore de créneau de modération : fixez d'abord dans la stratégie les moments pour répondre à la communauté.</translation>
        </message>
        <message>
            <source>Export to a calendar</source>
            <translation>Exporter vers un agenda</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Export to a calendar (.ics)</source>
            <translation>Exporter vers un agenda (.ics)</translation>
        </message>
        <message>
            <source>Your planned posts become events in Outlook or Google Calendar, with a reminder before each one.</source>
            <translation>Vos publications prévues deviennent des rendez-vous dans Outlook ou Google Agenda, avec un rappel avant chacune.</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>&amp;Whole plan</source>
            <translation>&amp;Tout le plan</translation>
        </message>
        <message>
            <source>Export the whole plan</source>
            <translation>Exporter tout le plan</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>Export only a date range</source>
            <translation>Exporter seulement une période</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>a&amp;u</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Réseau :</translation>
        </message>
        <message>
            <source>Network to export</source>
            <translation>Réseau à exporter</translation>
        </message>
        <message>
            <source>&amp;Reminder:</source>
            <translation>Rapp&amp;el :</translation>
        </message>
        <message>
            <source>Minutes of reminder before each post</source>
            <translation>Minutes de rappel avant chaque publication</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>Pas de rappel</translation>
        </message>
        <message>
            <source> min before</source>
            <translation> min avant</translation>
        </message>
        <message>
            <source>&amp;Add the moderation slots as recurring events</source>
            <translation>&amp;Ajouter les créneaux de modération comme événements récurrents</translation>
        </message>
        <message>
            <source>Add the moderation slots as recurring events</source>
            <translation>Ajouter les créneaux de modération comme événements récurrents</translation>
        </message>
        <message>
            <source>Each time set in the strategy to answer the community becomes a weekly event, with the same reminder.</source>
            <translation>Chaque créneau prévu dans la stratégie pour répondre à la communauté devient un événement hebdomadaire, avec le même rappel.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fichier à créer</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>editorial-calendar</source>
            <translation>calendrier-editorial</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <source>The calendar file could not be written to %1 (%2).

Choose another folder, for example your Documents folder, and try again.</source>
            <translation>Impossible d'écrire le fichier d'agenda dans %1 (%2).

Choisissez un autre dossier, par exemple vos Documents, puis recommencez.</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Agenda exporté</translation>
        </message>
        <message>
            <source>Posts written: %1, to:</source>
            <translation>Publications écrites : %1, dans :</translation>
        </message>
        <message>
            <source>Moderation slots added as weekly events: %1.</source>
            <translation>Créneaux de modération ajoutés en événements hebdomadaires : %1.</translation>
        </message>
        <message>
            <source>The plan is larger than Google Calendar accepts in one file, so it was split by year: import each file in turn.</source>
            <translation>Le plan dépasse la taille qu'accepte Google Agenda en un seul fichier : il a été découpé par année. Importez les fichiers l'un après l'autre.</translation>
        </message>
        <message>
            <source>Outlook: open the file (double-click it, or File › Open &amp; Export › Import/Export) and choose to import it into a separate calendar, for example "Editorial calendar". Importing the same file twice creates duplicates: delete that calendar first to refresh it.</source>
            <translation>Outlook : ouvrez le fichier (double-clic, ou Fichier › Ouvrir et exporter › Importer/Exporter) et importez-le dans un calendrier à part, par exemple « Calendrier éditorial ». Importer deux fois le même fichier crée des doublons : supprimez d'abord ce calendrier pour le mettre à jour.</translation>
        </message>
        <message>
            <source>Google Calendar: Settings › Import &amp; export › Import, then choose the file and a dedicated calendar. Google drops the file's reminders on import: set default notifications on that calendar instead.</source>
            <translation>Google Agenda : Paramètres › Importation et exportation › Importer, puis choisissez le fichier et un agenda dédié. Google ignore les rappels du fichier à l'import : réglez plutôt les notifications par défaut de cet agenda.</translation>
        </message>
    </context>
    <context>
        <name>FileFlow</name>
        <message>
            <source>Save a copy of the venue file</source>
            <translation>Enregistrer une copie du fichier de la structure</translation>
        </message>
        <message>
            <source>CMt Desktop venue files (*.cmt.sqlite)</source>
            <translation>Fichiers de structure CMt Desktop (*.cmt.sqlite)</translation>
        </message>
        <message>
            <source>Copy saved</source>
            <translation>Copie enregistrée</translation>
        </message>
        <message>
            <source>The copy is in %1.

To work on it on another computer, open it there with File › Open a venue file.</source>
            <translation>La copie se trouve dans %1.

Pour travailler dessus sur un autre ordinateur, ouvrez-la là-bas avec Fichier › Ouvrir un fichier de structure.</translation>
        </message>
        <message>
            <source>Spreadsheet, for Excel in French (*.csv)</source>
            <translation>Tableur, pour Excel en français (*.csv)</translation>
        </message>
        <message>
            <source>Spreadsheet, comma-separated (*.csv)</source>
            <translation>Tableur, séparé par des virgules (*.csv)</translation>
        </message>
        <message>
            <source>Export the posts for a spreadsheet</source>
            <translation>Exporter les publications pour un tableur</translation>
        </message>
        <message>
            <source>posts</source>
            <translation>publications</translation>
        </message>
        <message>
            <source>Posts exported: %1.

File: %2</source>
            <translation>Publications exportées : %1.

Fichier : %2</translation>
        </message>
        <message>
            <source>Posts exported</source>
            <translation>Publications exportées</translation>
        </message>
        <message>
            <source>Make a hand-over pack</source>
            <translation>Préparer un dossier de passation</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archives zip (*.zip)</translation>
        </message>
        <message>
            <source>Hand-over pack ready</source>
            <translation>Dossier de passation prêt</translation>
        </message>
        <message>
            <source>The pack is in %1. It holds the venue file, the strategy document and a short guide to get started. It contains your calendar: give it only to the colleague who takes over.</source>
            <translation>Le dossier se trouve dans %1. Il contient le fichier de la structure, le document de stratégie et un petit guide pour démarrer. Il contient votre calendrier : ne le confiez qu'à la personne qui prend le relais.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Editorial calendar</source>
            <extracomment>whether closing the window hides it in the tray; set by the application</extracomment>
            <translation>Calendrier éditorial</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>&amp;Today panel</source>
            <translation>Panneau « &amp;Aujourd'hui »</translation>
        </message>
        <message>
            <source>&amp;Ideas without a date</source>
            <translation>&amp;Idées sans date</translation>
        </message>
        <message>
            <source>Week %1, %2</source>
            <translation>Semaine %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) shown</source>
            <translation>
                <numerusform>%n publication affichée</numerusform>
                <numerusform>%n publications affichées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;See the post</source>
            <translation>&amp;Voir la publication</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Masquer</translation>
        </message>
    </context>
    <context>
        <name>OnsitePage</name>
        <message>
            <source>Online and on-site</source>
            <translation>En ligne et sur place</translation>
        </message>
        <message>
            <source>Your events give the networks their best stories, and the networks bring people to your events. Choose the posts every event gets, counted in days from the event (−7 is a week before).</source>
            <translation>Vos événements offrent aux réseaux leurs plus belles histoires, et les réseaux amènent du monde à vos événements. Choisissez les publications prévues pour chaque événement, comptées en jours par rapport à l'événement (J−7 : une semaine avant).</translation>
        </message>
        <message>
            <source>D</source>
            <translation>J</translation>
        </message>
        <message>
            <source>Days from the event for %1</source>
            <translation>Jours avant ou après l'événement : %1</translation>
        </message>
        <message>
            <source> events a month</source>
            <translation> événements par mois</translation>
        </message>
        <message>
            <source>Events in a typical month</source>
            <translation>Événements dans un mois ordinaire</translation>
        </message>
        <message>
            <source>The venue holds about:</source>
            <translation>La structure organise environ :</translation>
        </message>
        <message>
            <source>Colleagues who contribute</source>
            <translation>Collègues qui contribuent</translation>
        </message>
        <message>
            <source>Collaboration, not dependence: a colleague who sends a photo of the workshop or writes a book review makes the networks the whole team's.</source>
            <translation>Collaborer plutôt que dépendre : un collègue qui envoie une photo de l'atelier ou rédige un coup de cœur de lecture fait des réseaux l'affaire de toute l'équipe.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>What they bring</source>
            <translation>Sa contribution</translation>
        </message>
        <message>
            <source>Add a &amp;colleague</source>
            <translation>Ajouter un &amp;collègue</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
    </context>
    <context>
        <name>OpenErrors</name>
        <message>
            <source>The venue file is damaged and cannot be read:
%1

Nothing was changed in it.</source>
            <translation>Le fichier de la structure est endommagé et ne peut pas être lu :
%1

Rien n'y a été modifié.</translation>
        </message>
        <message>
            <source>This file is not a CMt Desktop venue file:
%1

Nothing was changed in it.</source>
            <translation>Ce fichier n'est pas un fichier de structure CMt Desktop :
%1

Rien n'y a été modifié.</translation>
        </message>
        <message>
            <source>This venue file was saved by a newer version of CMt Desktop:
%1

Nothing was changed in it. Install the latest version of CMt Desktop to work on it.</source>
            <translation>Ce fichier de structure a été enregistré par une version plus récente de CMt Desktop :
%1

Rien n'y a été modifié. Installez la dernière version de CMt Desktop pour travailler dessus.</translation>
        </message>
        <message>
            <source>The venue file is in use by another program:
%1

Close the other program (a backup or synchronisation tool, for example), then try again.</source>
            <translation>Le fichier de la structure est utilisé par un autre programme :
%1

Fermez cet autre programme (un outil de sauvegarde ou de synchronisation, par exemple), puis réessayez.</translation>
        </message>
        <message>
            <source>The venue file cannot be written:
%1

Check that the file and its folder are not read-only, or open it read-only to look at it.</source>
            <translation>Impossible d'écrire dans le fichier de la structure :
%1

Vérifiez que le fichier et son dossier ne sont pas en lecture seule, ou ouvrez-le en lecture seule pour le consulter.</translation>
        </message>
        <message>
            <source>The venue file cannot be opened:
%1

Check that the folder exists and that you may write in it.</source>
            <translation>Le fichier de la structure ne peut pas être ouvert :
%1

Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
        </message>
        <message>
            <source>Cannot open the venue file</source>
            <translation>Impossible d'ouvrir le fichier de la structure</translation>
        </message>
        <message>
            <source>&amp;Restore the latest backup</source>
            <translation>&amp;Restaurer la dernière sauvegarde</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Ouvrir en &amp;lecture seule</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Choisir un autre fichier…</translation>
        </message>
        <message>
            <source>&amp;Start a new venue file</source>
            <translation>&amp;Repartir avec un nouveau fichier</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>The latest good backup dates from %1; the damaged file is kept aside.</source>
            <translation>La dernière sauvegarde en bon état date du %1 ; le fichier endommagé est conservé à côté.</translation>
        </message>
        <message>
            <source>Starting afresh keeps this file aside, renamed; nothing is deleted.</source>
            <translation>Repartir de zéro garde ce fichier de côté, renommé ; rien n'est supprimé.</translation>
        </message>
        <message>
            <source>Read-only: you can look at the calendar and export it, not change it.</source>
            <translation>Lecture seule : vous pouvez consulter le calendrier et l'exporter, pas le modifier.</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <source>Agenda: list of planned posts</source>
            <translation>Liste des publications prévues</translation>
        </message>
        <message>
            <source>Ideas without a date</source>
            <translation>Idées sans date</translation>
        </message>
        <message>
            <source>Drag an idea onto a day to plan it</source>
            <translation>Glissez une idée sur un jour pour la planifier</translation>
        </message>
        <message>
            <source>Drag an idea onto a day of the calendar to plan it.</source>
            <translation>Glissez une idée sur un jour du calendrier pour la planifier.</translation>
        </message>
        <message>
            <source>In the calendar: ✓ published · ● ready · &lt;i&gt;italic&lt;/i&gt;: idea or draft · &lt;s&gt;struck out&lt;/s&gt;: skipped. The two letters name the network (IG: Instagram…).</source>
            <translation>Dans le calendrier : ✓ publiée · ● prête · &lt;i&gt;italique&lt;/i&gt; : idée ou brouillon · &lt;s&gt;barrée&lt;/s&gt; : abandonnée. Les deux lettres indiquent le réseau (IG : Instagram…).</translation>
        </message>
        <message>
            <source>Show network</source>
            <translation>Réseau affiché</translation>
        </message>
        <message>
            <source>All networks</source>
            <translation>Tous les réseaux</translation>
        </message>
        <message>
            <source>Show status</source>
            <translation>État affiché</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les états</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPage</name>
        <message>
            <source>Participation: answering the community</source>
            <translation>Participation : répondre à la communauté</translation>
        </message>
        <message>
            <source>A question left unanswered costs more than a post not published. Set aside short, regular moments to read and answer, and keep ready answers to the questions that always come back.</source>
            <translation>Une question restée sans réponse coûte plus cher qu'une publication qui n'a pas paru. Réservez-vous des moments courts et réguliers pour lire et répondre, et gardez sous la main des réponses types aux questions qui reviennent toujours.</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> heures</translation>
        </message>
        <message>
            <source>We answer within</source>
            <translation>Nous répondons sous</translation>
        </message>
        <message>
            <source>We &amp;answer within:</source>
            <translation>Nous &amp;répondons sous :</translation>
        </message>
        <message>
            <source>Moderation slots</source>
            <translation>Créneaux de modération</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Add a &amp;moderation slot</source>
            <translation>Ajouter un créneau de &amp;modération</translation>
        </message>
        <message>
            <source>Saved answers</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Add a saved a&amp;nswer</source>
            <translation>Ajouter une réponse &amp;type</translation>
        </message>
        <message>
            <source>[your opening hours]</source>
            <translation>[vos horaires d'ouverture]</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Hello! We are open %1. See you soon!</source>
            <translation>Bonjour ! Nous sommes ouverts %1. À bientôt !</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Hello! Signing up is done at the front desk with an ID; tell us if you have a question about prices.</source>
            <translation>Bonjour ! L'inscription se fait à l'accueil, sur présentation d'une pièce d'identité ; écrivez-nous si vous avez une question sur les tarifs.</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Hello! Tell us what you need and we will prepare your visit with you.</source>
            <translation>Bonjour ! Dites-nous ce dont vous avez besoin et nous préparerons votre visite avec vous.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Réservation</translation>
        </message>
        <message>
            <source>Hello! You can book at the front desk or by phone; places are limited.</source>
            <translation>Bonjour ! Vous pouvez réserver à l'accueil ou par téléphone ; les places sont limitées.</translation>
        </message>
    </context>
    <context>
        <name>PostChipDelegate</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostEditing</name>
        <message>
            <source>New post</source>
            <translation>Nouvelle publication</translation>
        </message>
        <message>
            <source>Edit post</source>
            <translation>Modification de la publication</translation>
        </message>
        <message>
            <source>Move post</source>
            <translation>Déplacement de la publication</translation>
        </message>
        <message>
            <source>Duplicate post</source>
            <translation>Duplication de la publication</translation>
        </message>
        <message>
            <source>Delete post</source>
            <translation>Suppression de la publication</translation>
        </message>
        <message>
            <source>Mark as published</source>
            <translation>Marquage comme publiée</translation>
        </message>
        <message>
            <source>Postpone post</source>
            <translation>Report de la publication</translation>
        </message>
        <message>
            <source>Skip post</source>
            <translation>Abandon de la publication</translation>
        </message>
    </context>
    <context>
        <name>PostEditorDialog</name>
        <message>
            <source>New post</source>
            <translation>Nouvelle publication</translation>
        </message>
        <message>
            <source>Edit post</source>
            <translation>Modifier la publication</translation>
        </message>
        <message>
            <source>%1 — for the event “%2”</source>
            <translation>%1 — pour l'événement « %2 »</translation>
        </message>
        <message>
            <source>Venue time (%1)</source>
            <translation>Heure du lieu (%1)</translation>
        </message>
        <message>
            <source>Save the post (Ctrl+Return)</source>
            <translation>Enregistrer la publication (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Tips for %1: %2</source>
            <translation>Conseils pour %1 : %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Attention : %1</translation>
        </message>
        <message>
            <source>Advice: %1</source>
            <translation>Conseil : %1</translation>
        </message>
        <message>
            <source>Nothing to fix: the post fits the network and reads well.</source>
            <translation>Rien à corriger : la publication respecte le réseau et se lit bien.</translation>
        </message>
        <message numerus="yes">
            <source>%1 / %Ln character(s)</source>
            <translation>
                <numerusform>%1 / %Ln caractère</numerusform>
                <numerusform>%1 / %Ln caractères</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln caractère</numerusform>
                <numerusform>%Ln caractères</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) over %1's limit</source>
            <translation>
                <numerusform>%Ln caractère de trop pour %1</numerusform>
                <numerusform>%Ln caractères de trop pour %1</numerusform>
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
                <numerusform>Le texte a %Ln caractère de trop pour %1, qui en accepte %2 : raccourcissez-le ou répartissez-le sur plusieurs publications.</numerusform>
                <numerusform>Le texte a %Ln caractères de trop pour %1, qui en accepte %2 : raccourcissez-le ou répartissez-le sur plusieurs publications.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 allows %Ln hashtag(s) per post and this one has %2: keep the most useful.</source>
            <translation>
                <numerusform>%1 accepte %Ln hashtag par publication et celle-ci en a %2 : gardez le plus utile.</numerusform>
                <numerusform>%1 accepte %Ln hashtags par publication et celle-ci en a %2 : gardez les plus utiles.</numerusform>
            </translation>
        </message>
        <message>
            <source>A photo or video is planned but has no alt text: describe it on the Media tab for people who cannot see it.</source>
            <translation>Une photo ou une vidéo est prévue sans texte alternatif : décrivez-la dans l'onglet Média pour les personnes qui ne la voient pas.</translation>
        </message>
        <message>
            <source>image rights</source>
            <translation>droits sur l'image</translation>
        </message>
        <message>
            <source>consent of the people shown</source>
            <translation>accord des personnes photographiées</translation>
        </message>
        <message>
            <source>credits</source>
            <translation>crédits</translation>
        </message>
        <message>
            <source>Not checked yet: %1. Sort them out before publishing, then tick them on the Rights tab.</source>
            <translation>Pas encore vérifié : %1. Réglez-les avant de publier, puis cochez-les dans l'onglet Droits.</translation>
        </message>
        <message>
            <source>“%1” uses decorative letters that screen readers spell out one by one or skip: type “%2” in ordinary letters.</source>
            <translation>« %1 » utilise des lettres décoratives que les lecteurs d'écran épellent ou sautent : écrivez « %2 » en lettres ordinaires.</translation>
        </message>
        <message>
            <source>%1: if a hashtag joins several words, start each word with a capital (#JourDeFermeture) so screen readers can read it.</source>
            <translation>%1 : si un hashtag assemble plusieurs mots, mettez une majuscule à chacun (#JourDeFermeture) pour que les lecteurs d'écran puissent le lire.</translation>
        </message>
        <message>
            <source>Hashtags inside the sentences (%1) interrupt the reading: put them at the end, or in the Hashtags field.</source>
            <translation>Des hashtags au milieu des phrases (%1) coupent la lecture : placez-les à la fin, ou dans le champ Hashtags.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln emoji: screen readers say the name of each one. Keep %1 at most, at the end.</source>
            <translation>
                <numerusform>%Ln émoji : les lecteurs d'écran lisent le nom de chacun. Gardez-en %1 au plus, à la fin.</numerusform>
                <numerusform>%Ln émojis : les lecteurs d'écran lisent le nom de chacun. Gardez-en %1 au plus, à la fin.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 stands between words, where screen readers will read its name: write the word, and keep emoji for the end.</source>
            <translation>%1 se trouve entre deux mots, où les lecteurs d'écran liront son nom : écrivez le mot et gardez les émojis pour la fin.</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Réseau :</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Planned date and time</source>
            <translation>Date et heure prévues</translation>
        </message>
        <message>
            <source>No date yet, keep as an idea in the backlog</source>
            <translation>Pas encore de date, garder comme idée en réserve</translation>
        </message>
        <message>
            <source>No date &amp;yet (idea backlog)</source>
            <translation>Pas encore de date (&amp;idée en réserve)</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>Te&amp;xte</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>Titr&amp;e :</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>For your calendar only, not published</source>
            <translation>Pour votre calendrier seulement, non publié</translation>
        </message>
        <message>
            <source>&amp;Post text:</source>
            <translation>Texte &amp;publié :</translation>
        </message>
        <message>
            <source>Post text</source>
            <translation>Texte publié</translation>
        </message>
        <message>
            <source>What you will publish</source>
            <translation>Ce que vous allez publier</translation>
        </message>
        <message>
            <source>&amp;Hashtags:</source>
            <translation>&amp;Hashtags :</translation>
        </message>
        <message>
            <source>Hashtags</source>
            <translation>Hashtags</translation>
        </message>
        <message>
            <source>#NuitDesMusees #Patrimoine (added at the end of the text)</source>
            <translation>#NuitDesMusees #Patrimoine (ajoutés à la fin du texte)</translation>
        </message>
        <message>
            <source>Length of the text</source>
            <translation>Longueur du texte</translation>
        </message>
        <message>
            <source>&amp;Media</source>
            <translation>&amp;Média</translation>
        </message>
        <message>
            <source>M&amp;edia notes:</source>
            <translation>Notes sur l&amp;es médias :</translation>
        </message>
        <message>
            <source>Media notes</source>
            <translation>Notes sur les médias</translation>
        </message>
        <message>
            <source>Which photos or video, where to find them</source>
            <translation>Quelles photos ou vidéos, où les trouver</translation>
        </message>
        <message>
            <source>&amp;Alt text:</source>
            <translation>Texte &amp;alternatif :</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Texte alternatif</translation>
        </message>
        <message>
            <source>Describe each image for people who cannot see it: what it shows, and any text in it</source>
            <translation>Décrivez chaque image pour les personnes qui ne la voient pas : ce qu'elle montre, et le texte qu'elle contient</translation>
        </message>
        <message>
            <source>Detai&amp;ls</source>
            <translation>Détai&amp;ls</translation>
        </message>
        <message>
            <source>&amp;Content pillar:</source>
            <translation>T&amp;hème éditorial :</translation>
        </message>
        <message>
            <source>Content pillar</source>
            <translation>Thème éditorial</translation>
        </message>
        <message>
            <source>Behind the scenes, collections, events…</source>
            <translation>Coulisses, collections, événements…</translation>
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation>O&amp;bjectif :</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Attract new publics, build loyalty, inform…</source>
            <translation>Attirer de nouveaux publics, fidéliser, informer…</translation>
        </message>
        <message>
            <source>Aud&amp;ience:</source>
            <translation>Publi&amp;c :</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Families, students, regular visitors…</source>
            <translation>Familles, étudiants, habitués…</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Rights and publication</source>
            <translation>Dr&amp;oits et publication</translation>
        </message>
        <message>
            <source>Before publishing photos or videos</source>
            <translation>Avant de publier des photos ou des vidéos</translation>
        </message>
        <message>
            <source>A photo of a work can carry the rights of its author and of the photographer. People who can be recognised must agree in writing to each use (website, Instagram…); for children, their parents.</source>
            <translation>La photo d'une œuvre peut être soumise aux droits de son auteur et à ceux du photographe. Les personnes reconnaissables doivent accepter par écrit chaque usage (site web, Instagram…) ; pour les enfants, leurs parents.</translation>
        </message>
        <message>
            <source>Image rights cleared</source>
            <translation>Droits sur l'image réglés</translation>
        </message>
        <message>
            <source>&amp;Image rights cleared (author of the work, photographer)</source>
            <translation>Droits sur l'ima&amp;ge réglés (auteur de l'œuvre, photographe)</translation>
        </message>
        <message>
            <source>Consent of the people shown</source>
            <translation>Accord des personnes photographiées</translation>
        </message>
        <message>
            <source>&amp;Consent of the people shown (parents' for children)</source>
            <translation>A&amp;ccord des personnes photographiées (des parents pour les enfants)</translation>
        </message>
        <message>
            <source>Credits written</source>
            <translation>Crédits rédigés</translation>
        </message>
        <message>
            <source>Credits &amp;written</source>
            <translation>Crédit&amp;s rédigés</translation>
        </message>
        <message>
            <source>Published &amp;on:</source>
            <translation>Publié l&amp;e :</translation>
        </message>
        <message>
            <source>Publication date and time</source>
            <translation>Date et heure de publication</translation>
        </message>
        <message>
            <source>Link to the &amp;published post:</source>
            <translation>Lien vers la &amp;publication :</translation>
        </message>
        <message>
            <source>Link to the published post</source>
            <translation>Lien vers la publication</translation>
        </message>
        <message>
            <source>Chec&amp;ks:</source>
            <translation>&amp;Vérifications :</translation>
        </message>
        <message>
            <source>Checks of the post</source>
            <translation>Vérifications de la publication</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeFlow</name>
        <message>
            <source>This file is not an iCalendar (.ics) agenda.</source>
            <translation>Ce fichier n'est pas un agenda iCalendar (.ics).</translation>
        </message>
        <message>
            <source>The file is cut short: its end is missing. Export it again.</source>
            <translation>Le fichier est incomplet : sa fin manque. Exportez-le à nouveau.</translation>
        </message>
        <message>
            <source>The file's characters cannot be read (it is not in UTF-8).</source>
            <translation>Les caractères du fichier ne peuvent pas être lus (il n'est pas en UTF-8).</translation>
        </message>
        <message>
            <source>The file is too big to be an agenda.</source>
            <translation>Le fichier est trop gros pour être un agenda.</translation>
        </message>
        <message>
            <source>An event has no start date or time.</source>
            <translation>Un événement n'a ni date ni heure de début.</translation>
        </message>
        <message>
            <source>An event uses a time zone the file does not describe.</source>
            <translation>Un événement utilise un fuseau horaire que le fichier ne décrit pas.</translation>
        </message>
        <message>
            <source>The file holds no event.</source>
            <translation>Le fichier ne contient aucun événement.</translation>
        </message>
        <message>
            <source>The file has an error.</source>
            <translation>Le fichier contient une erreur.</translation>
        </message>
        <message>
            <source>Import the venue's programme</source>
            <translation>Importer la programmation de la structure</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Programme imported</source>
            <translation>Programmation importée</translation>
        </message>
        <message>
            <source>Events added: %1. Changed: %2. Removed: %3. Unchanged: %4.

Their campaign posts follow the strategy's pattern.</source>
            <translation>Événements ajoutés : %1. Modifiés : %2. Supprimés : %3. Inchangés : %4.

Leurs publications de campagne suivent le modèle de la stratégie.</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>%1 could not be imported: %2

Nothing was changed in your calendar.</source>
            <translation>%1 n'a pas pu être importé : %2

Rien n'a été modifié dans votre calendrier.</translation>
        </message>
    </context>
    <context>
        <name>RegularityDialog</name>
        <message>
            <source>Regularity</source>
            <translation>Régularité</translation>
        </message>
        <message>
            <source>&amp;Save the chart as PNG…</source>
            <translation>&amp;Enregistrer le graphique en PNG…</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Graphique non enregistré</translation>
        </message>
        <message>
            <source>The image could not be written to %1. Choose another folder and try again.</source>
            <translation>L'image n'a pas pu être écrite dans %1. Choisissez un autre dossier, puis recommencez.</translation>
        </message>
    </context>
    <context>
        <name>RegularityView</name>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Regularity</source>
            <translation>Régularité</translation>
        </message>
        <message numerus="yes">
            <source>Regularity over the last %n week(s)</source>
            <translation>
                <numerusform>Régularité sur %n semaine</numerusform>
                <numerusform>Régularité sur les %n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>No network to follow yet: choose them in the strategy.</source>
            <translation>Aucun réseau à suivre pour l'instant : choisissez-les dans la stratégie.</translation>
        </message>
        <message numerus="yes">
            <source>%1: no rhythm set in the strategy, %n post(s) published.</source>
            <translation>
                <numerusform>%1 : aucun rythme fixé dans la stratégie, %n publication.</numerusform>
                <numerusform>%1 : aucun rythme fixé dans la stratégie, %n publications.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no week to judge yet.</source>
            <translation>%1 : aucune semaine à juger pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n post(s) out of %2 published on time</source>
            <translation>
                <numerusform>%1 : %n publication sur %2 à temps</numerusform>
                <numerusform>%1 : %n publications sur %2 à temps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n week(s) out of %2 on rhythm</source>
            <translation>
                <numerusform>%1 : %n semaine sur %2 au rythme</numerusform>
                <numerusform>%1 : %n semaines sur %2 au rythme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>current streak: %n week(s).</source>
            <translation>
                <numerusform>série en cours : %n semaine.</numerusform>
                <numerusform>série en cours : %n semaines.</numerusform>
            </translation>
        </message>
        <message>
            <source>no streak in progress.</source>
            <translation>pas de série en cours.</translation>
        </message>
        <message>
            <source>No post published in this period, so no pillar mix yet.</source>
            <translation>Aucune publication sur la période, donc pas encore de répartition par thème.</translation>
        </message>
        <message>
            <source>The strategy sets no target for the pillars.</source>
            <translation>La stratégie ne fixe pas d'objectif par thème.</translation>
        </message>
        <message>
            <source>Every pillar is within 10 points of its target.</source>
            <translation>Chaque thème est à moins de 10 points de son objectif.</translation>
        </message>
        <message>
            <source>Pillar furthest from its target: %1, %2 of the published posts for %3.</source>
            <translation>Thème le plus éloigné de son objectif : %1, %2 des publications pour %3 visés.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>To publish at %1 on %2</source>
            <translation>À publier à %1 sur %2</translation>
        </message>
        <message>
            <source>Not marked as published: %1</source>
            <translation>Pas encore marquée comme publiée : %1</translation>
        </message>
        <message>
            <source>%1 was planned at %2. Published? Mark it; otherwise postpone or skip it.</source>
            <translation>« %1 » était prévue à %2. Publiée ? Marquez-la ; sinon, reportez-la ou abandonnez-la.</translation>
        </message>
        <message>
            <source>Your day on the networks</source>
            <translation>Votre journée sur les réseaux</translation>
        </message>
        <message>
            <source>To publish today: %1. Late: %2. Moderation slots today: %3.</source>
            <translation>À publier aujourd'hui : %1. En retard : %2. Créneaux de modération aujourd'hui : %3.</translation>
        </message>
        <message>
            <source>Time to answer the community</source>
            <translation>C'est l'heure de répondre à la communauté</translation>
        </message>
        <message>
            <source>Read the comments and messages, and answer them: your saved answers are in the strategy.</source>
            <translation>Lisez les commentaires et les messages, et répondez-y : vos réponses types sont dans la stratégie.</translation>
        </message>
        <message>
            <source>%1 is behind its rhythm</source>
            <translation>%1 est en dessous de son rythme</translation>
        </message>
        <message>
            <source>%1 post(s) missing this week to keep the rhythm you chose.</source>
            <translation>Il manque %1 publication(s) cette semaine pour tenir le rythme choisi.</translation>
        </message>
        <message>
            <source>While you were away</source>
            <translation>Pendant votre absence</translation>
        </message>
        <message>
            <source>Reminders you missed: %1. The today panel shows what is late.</source>
            <translation>Rappels manqués : %1. Le panneau « Aujourd'hui » montre ce qui est en retard.</translation>
        </message>
    </context>
    <context>
        <name>RhythmChart</name>
        <message>
            <source>Rhythm per network and week, and pillar mix</source>
            <translation>Rythme par réseau et par semaine, et répartition par thème</translation>
        </message>
        <message>
            <source>W%1</source>
            <comment>ISO week number</comment>
            <translation>S%1</translation>
        </message>
        <message>
            <source>no rhythm set</source>
            <translation>aucun rythme fixé</translation>
        </message>
        <message numerus="yes">
            <source>1 every %n week(s)</source>
            <translation>
                <numerusform>1 toutes les %n semaines</numerusform>
                <numerusform>1 toutes les %n semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a week</source>
            <translation>%1 par semaine</translation>
        </message>
        <message>
            <source>on rhythm</source>
            <translation>au rythme</translation>
        </message>
        <message>
            <source>below the rhythm</source>
            <translation>sous le rythme</translation>
        </message>
        <message>
            <source>nothing published</source>
            <translation>rien de publié</translation>
        </message>
        <message>
            <source>nothing due</source>
            <translation>rien à publier</translation>
        </message>
        <message>
            <source>this week, in progress</source>
            <translation>cette semaine, en cours</translation>
        </message>
        <message>
            <source>%1: %2 (target %3)</source>
            <translation>%1 : %2 (objectif %3)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>No pillar</source>
            <translation>Sans thème</translation>
        </message>
        <message>
            <source>%1: %2 published, %3 due, %4</source>
            <translation>%1 : publiées %2 / attendues %3, %4</translation>
        </message>
        <message>
            <source>Figures: published / due</source>
            <translation>Chiffres : publiées / attendues</translation>
        </message>
        <message>
            <source>Pillar mix of the published posts (bars) against the targets (marks)</source>
            <translation>Répartition des publications par thème (barres) et objectifs (traits)</translation>
        </message>
        <message>
            <source>Pillar mix: no post published in this period.</source>
            <translation>Répartition par thème : aucune publication sur la période.</translation>
        </message>
    </context>
    <context>
        <name>SavedAnswersDialog</name>
        <message>
            <source>Saved answers</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <source>Search: opening hours, booking…</source>
            <translation>Chercher : horaires, réservation…</translation>
        </message>
        <message>
            <source>Search the saved answers</source>
            <translation>Chercher dans les réponses types</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Answer (you can improve it)</source>
            <translation>Réponse (vous pouvez l'améliorer)</translation>
        </message>
        <message>
            <source>&amp;Copy the answer</source>
            <translation>C&amp;opier la réponse</translation>
        </message>
        <message>
            <source>Copied: paste it in your reply.</source>
            <translation>Copiée : collez-la dans votre réponse.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source> min before</source>
            <translation> min avant</translation>
        </message>
        <message>
            <source>Every day at</source>
            <translation>Chaque jour à</translation>
        </message>
        <message>
            <source>Remind me of the moderation slots</source>
            <translation>Me rappeler les créneaux de modération</translation>
        </message>
        <message>
            <source>Closing the window keeps CMt Desktop in the tray (reminders go on)</source>
            <translation>Fermer la fenêtre laisse CMt Desktop dans la zone de notification (les rappels continuent)</translation>
        </message>
        <message>
            <source>Start CMt Desktop when I log in (in the tray)</source>
            <translation>Lancer CMt Desktop à l'ouverture de ma session (dans la zone de notification)</translation>
        </message>
        <message>
            <source>&amp;Remind me of each post:</source>
            <translation>&amp;Rappel de chaque publication :</translation>
        </message>
        <message>
            <source>Minutes of reminder before each post</source>
            <translation>Minutes de rappel avant chaque publication</translation>
        </message>
        <message>
            <source>Daily digest</source>
            <translation>Récapitulatif quotidien</translation>
        </message>
        <message>
            <source>Time of the daily digest</source>
            <translation>Heure du récapitulatif quotidien</translation>
        </message>
        <message>
            <source>Moderation reminders</source>
            <translation>Rappels de modération</translation>
        </message>
        <message>
            <source>Keep running in the tray</source>
            <translation>Rester dans la zone de notification</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Lancer à l'ouverture de session</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>&amp;Another lead time for a network</source>
            <translation>&amp;Un autre délai pour un réseau</translation>
        </message>
        <message>
            <source>Lead time per network</source>
            <translation>Délai de rappel par réseau</translation>
        </message>
        <message>
            <source>This desktop has no system tray: reminders appear in the window while it is open.</source>
            <translation>Ce bureau n'a pas de zone de notification : les rappels s'affichent dans la fenêtre tant qu'elle est ouverte.</translation>
        </message>
        <message>
            <source>Networks that need more (or less) time:</source>
            <translation>Réseaux qui demandent plus (ou moins) de temps :</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prête</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Abandonnée</translation>
        </message>
    </context>
    <context>
        <name>StrategyDocument</name>
        <message>
            <source>Not answered yet.</source>
            <translation>Pas encore renseigné.</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Social media strategy</source>
            <translation>Stratégie réseaux sociaux</translation>
        </message>
        <message>
            <source>Unnamed venue</source>
            <translation>Structure sans nom</translation>
        </message>
        <message>
            <source>version of %1</source>
            <translation>version du %1</translation>
        </message>
        <message>
            <source>In short</source>
            <translation>En bref</translation>
        </message>
        <message>
            <source>Still to settle</source>
            <translation>Points à régler</translation>
        </message>
        <message>
            <source>Review: was the rhythm kept?</source>
            <translation>Bilan : le rythme a-t-il été tenu ?</translation>
        </message>
        <message>
            <source>Next review of this strategy:</source>
            <translation>Prochaine revue de la stratégie :</translation>
        </message>
        <message>
            <source>no date set yet</source>
            <translation>date à fixer</translation>
        </message>
        <message>
            <source>The venue</source>
            <comment>subject of a sentence</comment>
            <translation>La structure</translation>
        </message>
        <message>
            <source>%1 will be present on %2.</source>
            <translation>%1 communiquera sur %2.</translation>
        </message>
        <message>
            <source>%1 has not chosen its networks yet.</source>
            <translation>%1 n'a pas encore choisi ses réseaux.</translation>
        </message>
        <message>
            <source>Its objectives: %1.</source>
            <translation>Ses objectifs : %1.</translation>
        </message>
        <message>
            <source>Its publics: %1.</source>
            <translation>Ses publics : %1.</translation>
        </message>
        <message>
            <source>The plan asks for %1 h of work a week but only %2 h are available: it must be lightened before it starts.</source>
            <translation>Le plan demande %1 h de travail par semaine, mais %2 h seulement sont disponibles : il faut l'alléger avant de commencer.</translation>
        </message>
        <message>
            <source>The plan asks for %1 h of work a week, of %2 h available.</source>
            <translation>Le plan demande %1 h de travail par semaine, sur %2 h disponibles.</translation>
        </message>
        <message>
            <source>The venue</source>
            <translation>La structure</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horaires d'ouverture</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Fermeture hebdomadaire</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactif)</translation>
        </message>
        <message>
            <source>Existing accounts</source>
            <translation>Comptes existants</translation>
        </message>
        <message>
            <source>Why we are online</source>
            <translation>Pourquoi nous sommes en ligne</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Goal in the venue's project</source>
            <translation>Axe du projet de la structure</translation>
        </message>
        <message>
            <source>Measurable target</source>
            <translation>Résultat chiffré visé</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>What they need from us</source>
            <translation>Ce qu'il attend de nous</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Messages clés</translation>
        </message>
        <message>
            <source>Networks and rhythm</source>
            <translation>Réseaux et rythme</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Publics</source>
            <translation>Publics</translation>
        </message>
        <message>
            <source>Posts a week</source>
            <translation>Par semaine</translation>
        </message>
        <message>
            <source>%1 h/week planned for %2 h available</source>
            <translation>%1 h/semaine prévues pour %2 h disponibles</translation>
        </message>
        <message>
            <source>regular posts</source>
            <translation>publications régulières</translation>
        </message>
        <message>
            <source>series</source>
            <translation>rubriques</translation>
        </message>
        <message>
            <source>moderation</source>
            <translation>modération</translation>
        </message>
        <message>
            <source>event campaigns</source>
            <translation>campagnes d'événements</translation>
        </message>
        <message>
            <source>Time budget:</source>
            <translation>Budget temps :</translation>
        </message>
        <message>
            <source>%1 h too many</source>
            <translation>%1 h de trop</translation>
        </message>
        <message>
            <source>Tone and content</source>
            <translation>Ton et contenus</translation>
        </message>
        <message>
            <source>speaks as “nous”</source>
            <translation>dit « nous »</translation>
        </message>
        <message>
            <source>speaks as “je”</source>
            <translation>dit « je »</translation>
        </message>
        <message>
            <source>says “vous” to followers</source>
            <translation>vouvoie ses abonnés</translation>
        </message>
        <message>
            <source>says “tu” to followers</source>
            <translation>tutoie ses abonnés</translation>
        </message>
        <message>
            <source>Tone</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Content pillars</source>
            <translation>Thèmes éditoriaux</translation>
        </message>
        <message>
            <source>Recurring series</source>
            <translation>Rubriques récurrentes</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Rubrique</translation>
        </message>
        <message>
            <source>Hashtag</source>
            <translation>Hashtag</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Online and on-site</source>
            <translation>En ligne et sur place</translation>
        </message>
        <message>
            <source>Campaign for each event</source>
            <translation>Campagne pour chaque événement</translation>
        </message>
        <message>
            <source>about %1 a month</source>
            <translation>environ %1 par mois</translation>
        </message>
        <message>
            <source>Events in the programme</source>
            <translation>Événements au programme</translation>
        </message>
        <message>
            <source>Team contributions</source>
            <translation>Contributions de l'équipe</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>within %1 h</source>
            <translation>sous %1 h</translation>
        </message>
        <message>
            <source>Reply time</source>
            <translation>Délai de réponse</translation>
        </message>
        <message>
            <source>Moderation slots</source>
            <translation>Créneaux de modération</translation>
        </message>
        <message>
            <source>Saved answers ready for</source>
            <translation>Réponses types prêtes pour</translation>
        </message>
        <message>
            <source>The document could not be produced.</source>
            <translation>Impossible de produire le document.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>StrategyFlow</name>
        <message>
            <source>Calendar not generated</source>
            <translation>Calendrier non généré</translation>
        </message>
        <message>
            <source>The strategy could not be saved, so the calendar was not changed (%1). Your answers are kept: check the disk and try again.</source>
            <translation>La stratégie n'a pas pu être enregistrée, le calendrier n'a donc pas été modifié (%1). Vos réponses sont conservées : vérifiez le disque et recommencez.</translation>
        </message>
        <message>
            <source>Calendar generated</source>
            <translation>Calendrier généré</translation>
        </message>
        <message>
            <source>New posts planned: %1. Posts updated: %2. Posts you had changed, left as they are: %3. Planned posts no longer in the strategy, removed: %4.

Each planned post is a draft waiting for its text: open it from the calendar.</source>
            <translation>Nouvelles publications prévues : %1. Publications mises à jour : %2. Publications que vous aviez modifiées, laissées telles quelles : %3. Publications prévues qui ne figurent plus dans la stratégie, supprimées : %4.

Chaque publication prévue est un brouillon qui attend son texte : ouvrez-la depuis le calendrier.</translation>
        </message>
        <message>
            <source>social-media-strategy</source>
            <translation>strategie-reseaux-sociaux</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text, for LibreOffice (*.odt)</source>
            <translation>Texte OpenDocument, pour LibreOffice (*.odt)</translation>
        </message>
        <message>
            <source>Save the strategy document</source>
            <translation>Enregistrer le document de stratégie</translation>
        </message>
        <message>
            <source>Document not saved</source>
            <translation>Document non enregistré</translation>
        </message>
        <message>
            <source>The document could not be written to %1 (%2). Choose another folder, for example your Documents folder, and try again.</source>
            <translation>Impossible d'écrire le document dans %1 (%2). Choisissez un autre dossier, par exemple vos Documents, puis recommencez.</translation>
        </message>
        <message>
            <source>No strategy yet</source>
            <translation>Pas encore de stratégie</translation>
        </message>
        <message>
            <source>Follow the strategy wizard first (Strategy menu): the document is made from your answers.</source>
            <translation>Suivez d'abord l'assistant de stratégie (menu Stratégie) : le document est fait de vos réponses.</translation>
        </message>
    </context>
    <context>
        <name>StrategyLabels</name>
        <message>
            <source>Library / médiathèque</source>
            <translation>Bibliothèque / médiathèque</translation>
        </message>
        <message>
            <source>Museum</source>
            <translation>Musée</translation>
        </message>
        <message>
            <source>Heritage site, monument or garden</source>
            <translation>Site patrimonial, monument ou jardin</translation>
        </message>
        <message>
            <source>Art centre</source>
            <translation>Centre d'art</translation>
        </message>
        <message>
            <source>Archives</source>
            <translation>Archives</translation>
        </message>
        <message>
            <source>Other cultural venue</source>
            <translation>Autre lieu culturel</translation>
        </message>
        <message>
            <source>Attract new publics</source>
            <translation>Attirer de nouveaux publics</translation>
        </message>
        <message>
            <source>Build loyalty</source>
            <translation>Fidéliser</translation>
        </message>
        <message>
            <source>Inform</source>
            <translation>Informer</translation>
        </message>
        <message>
            <source>Mediate and educate</source>
            <translation>Faire de la médiation</translation>
        </message>
        <message>
            <source>Invite participation</source>
            <translation>Faire participer</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Institutionnel</translation>
        </message>
        <message>
            <source>Informal and warm</source>
            <translation>Chaleureux et détendu</translation>
        </message>
        <message>
            <source>With humour</source>
            <translation>Avec humour</translation>
        </message>
        <message>
            <source>Teaser</source>
            <translation>Avant-goût</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>Annonce</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>Live on the day</source>
            <translation>En direct le jour J</translation>
        </message>
        <message>
            <source>Recap</source>
            <translation>Retour sur l'événement</translation>
        </message>
        <message>
            <source>Event page on the network</source>
            <translation>Page de l'événement sur le réseau</translation>
        </message>
        <message>
            <source>Visit reserved for followers</source>
            <translation>Visite réservée aux abonnés</translation>
        </message>
        <message>
            <source>D-day</source>
            <translation>Jour J</translation>
        </message>
        <message>
            <source>D%1</source>
            <translation>J%1</translation>
        </message>
        <message>
            <source>Give the venue's name: it heads the strategy document.</source>
            <translation>Indiquez le nom de la structure : il figure en tête du document de stratégie.</translation>
        </message>
        <message>
            <source>Choose at least one network, ideally the one that fits you best, and start there.</source>
            <translation>Choisissez au moins un réseau, idéalement celui qui vous convient le mieux, et commencez par celui-là.</translation>
        </message>
        <message>
            <source>%1 has no stated reason: say why the venue is there, or leave it aside. Being there just to be there leads nowhere.</source>
            <translation>%1 n'a pas de raison d'être : dites pourquoi la structure y est présente, ou laissez ce réseau de côté. Y être pour y être ne mène nulle part.</translation>
        </message>
        <message>
            <source>The plan needs %1 h a week more than you have: lower a cadence or drop a network. Starting small is better than stopping.</source>
            <translation>Le plan demande %1 h de plus par semaine que le temps dont vous disposez : réduisez un rythme ou renoncez à un réseau. Mieux vaut commencer petit que s'arrêter en route.</translation>
        </message>
        <message>
            <source>%1 serves no objective: pick the objective it works for.</source>
            <translation>%1 ne sert aucun objectif : choisissez celui auquel ce réseau contribue.</translation>
        </message>
        <message>
            <source>%1 speaks to none of your publics: tick the publics you meet there.</source>
            <translation>%1 ne s'adresse à aucun de vos publics : cochez ceux que vous y rencontrez.</translation>
        </message>
        <message>
            <source>%1 has no rhythm: plan at least one post a week, or leave it aside.</source>
            <translation>%1 n'a pas de rythme : prévoyez au moins une publication par semaine, ou laissez ce réseau de côté.</translation>
        </message>
        <message>
            <source>No network serves the objective "%1": tie it to a network, or drop it.</source>
            <translation>Aucun réseau ne sert l'objectif « %1 » : rattachez-le à un réseau, ou abandonnez-le.</translation>
        </message>
        <message>
            <source>The objective "%1" is not tied to the venue's project: say which goal of the project it serves.</source>
            <translation>L'objectif « %1 » n'est rattaché à aucun axe du projet de la structure : indiquez lequel il sert.</translation>
        </message>
        <message>
            <source>The objective "%1" has no measurable target: say what you will count, and how much, by when.</source>
            <translation>L'objectif « %1 » n'a pas de résultat chiffré visé : dites ce que vous compterez, combien, et pour quand.</translation>
        </message>
        <message>
            <source>Say what the public "%1" needs from you: it guides what you post for them.</source>
            <translation>Dites ce que le public « %1 » attend de vous : cela guide ce que vous publiez pour lui.</translation>
        </message>
        <message>
            <source>The content pillars add up to %1 %: adjust them to 100 %.</source>
            <translation>Les thèmes éditoriaux totalisent %1 % : ajustez-les pour arriver à 100 %.</translation>
        </message>
        <message>
            <source>The series "%1" is on a network you did not choose: move it, or choose that network.</source>
            <translation>La rubrique « %1 » est prévue sur un réseau que vous n'avez pas choisi : déplacez-la, ou choisissez ce réseau.</translation>
        </message>
        <message>
            <source>No time is set aside to answer the community: add at least one moderation slot a week.</source>
            <translation>Aucun temps n'est réservé pour répondre à la communauté : ajoutez au moins un créneau de modération par semaine.</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Points to check on this page</source>
            <extracomment>the page's number in PRODUCT.md, used to pick the rules it checks</extracomment>
            <translation>Points à vérifier sur cette page</translation>
        </message>
    </context>
    <context>
        <name>StrategyWizard</name>
        <message>
            <source>Our social-media strategy</source>
            <translation>Notre stratégie pour les réseaux sociaux</translation>
        </message>
        <message>
            <source>Strategy wizard</source>
            <translation>Assistant de stratégie</translation>
        </message>
        <message>
            <source>&amp;Generate my calendar</source>
            <translation>&amp;Générer mon calendrier</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Your strategy on one page</source>
            <translation>Votre stratégie en une page</translation>
        </message>
        <message>
            <source>This is what your director will read. Points still to check are listed below; you can come back to any page. "Generate my calendar" then plans your posts.</source>
            <translation>Voici ce que lira votre direction. Les points encore à vérifier sont listés ci-dessous ; vous pouvez revenir à n'importe quelle page. « Générer mon calendrier » planifie ensuite vos publications.</translation>
        </message>
        <message>
            <source>Summary of the strategy</source>
            <translation>Résumé de la stratégie</translation>
        </message>
        <message>
            <source>Points still to check</source>
            <translation>Points encore à vérifier</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semaines</translation>
        </message>
        <message>
            <source>Weeks to plan</source>
            <translation>Semaines à planifier</translation>
        </message>
        <message>
            <source>Date to review the strategy</source>
            <translation>Date de revue de la stratégie</translation>
        </message>
        <message>
            <source>&amp;Plan the next:</source>
            <translation>&amp;Durée à planifier :</translation>
        </message>
        <message>
            <source>&amp;Review the strategy on:</source>
            <translation>&amp;Revoir la stratégie le :</translation>
        </message>
        <message>
            <source>&lt;b&gt;Points still to check: %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Points encore à vérifier : %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing left to check: the strategy is coherent.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Plus rien à vérifier : la stratégie est cohérente.&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>Remove the selected row</source>
            <translation>Supprimer la ligne sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>TeamCalendarDialog</name>
        <message>
            <source>&amp;Stop sharing</source>
            <translation>&amp;Arrêter le partage</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>The test failed: %1</source>
            <translation>Le test a échoué : %1</translation>
        </message>
        <message>
            <source>Not connected: %1.</source>
            <translation>Pas de connexion : %1.</translation>
        </message>
        <message numerus="yes">
            <source>Connected: %n calendar(s) found.</source>
            <translation>
                <numerusform>Connecté : %n agenda trouvé.</numerusform>
                <numerusform>Connecté : %n agendas trouvés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Trust this certificate?</source>
            <translation>Faire confiance à ce certificat ?</translation>
        </message>
        <message>
            <source>The server shows a certificate that no authority vouches for (a self-signed one). Trust it only if the person who runs the server confirms that its fingerprint is:

%1</source>
            <translation>Le serveur présente un certificat qu'aucune autorité ne garantit (un certificat auto-signé). Faites-lui confiance seulement si la personne qui gère le serveur confirme que son empreinte est :

%1</translation>
        </message>
        <message>
            <source>New calendar</source>
            <translation>Nouvel agenda</translation>
        </message>
        <message>
            <source>Name of the calendar:</source>
            <translation>Nom de l'agenda :</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Calendar not created: %1.</source>
            <translation>Agenda non créé : %1.</translation>
        </message>
        <message>
            <source>Team calendar</source>
            <translation>Agenda d'équipe</translation>
        </message>
        <message>
            <source>Fill in the address and the user name, test the connection, then choose the calendar to share.</source>
            <translation>Indiquez l'adresse et l'identifiant, testez la connexion, puis choisissez l'agenda à partager.</translation>
        </message>
        <message>
            <source>Password not kept</source>
            <translation>Mot de passe non conservé</translation>
        </message>
        <message>
            <source>The computer's password store could not keep the password (%1), so nothing was saved. On Linux, a keyring such as GNOME Keyring or KWallet must be running.</source>
            <translation>Le coffre à mots de passe de l'ordinateur n'a pas pu garder le mot de passe (%1) : rien n'a été enregistré. Sous Linux, un trousseau comme GNOME Keyring ou KWallet doit être lancé.</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Arrêter le partage</translation>
        </message>
        <message>
            <source>Stop sharing the plan through the team calendar? Your posts stay here; the events already on the server stay there. The password is removed from this computer.</source>
            <translation>Arrêter de partager le planning par l'agenda d'équipe ? Vos publications restent ici ; les événements déjà sur le serveur y restent. Le mot de passe est retiré de cet ordinateur.</translation>
        </message>
        <message>
            <source>Team calendar settings</source>
            <translation>Réglages de l'agenda d'équipe</translation>
        </message>
        <message>
            <source>Share the plan through your team's calendar server (Nextcloud or any CalDAV server): colleagues see it in their own calendar, and their changes come back here. Nothing connects until you set this up; the app keeps working offline.</source>
            <translation>Partagez le planning par le serveur d'agendas de votre équipe (Nextcloud ou tout serveur CalDAV) : vos collègues le voient dans leur propre agenda, et leurs modifications reviennent ici. Rien ne se connecte tant que vous ne l'avez pas réglé ; l'application continue de marcher hors ligne.</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Adresse du &amp;serveur :</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>https://cloud.example.org/remote.php/dav</source>
            <translation>https://cloud.exemple.fr/remote.php/dav</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>kept in the computer's password store</source>
            <translation>gardé dans le coffre à mots de passe de l'ordinateur</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>T&amp;rust this certificate…</source>
            <translation>Faire &amp;confiance à ce certificat…</translation>
        </message>
        <message>
            <source>Result of the connection test</source>
            <translation>Résultat du test de connexion</translation>
        </message>
        <message>
            <source>&amp;Calendar to share:</source>
            <translation>Agenda à &amp;partager :</translation>
        </message>
        <message>
            <source>Calendar to share the plan through</source>
            <translation>Agenda par lequel partager le planning</translation>
        </message>
        <message>
            <source>&amp;New calendar…</source>
            <translation>&amp;Nouvel agenda…</translation>
        </message>
        <message>
            <source>The venue's a&amp;genda:</source>
            <translation>A&amp;genda de la structure :</translation>
        </message>
        <message>
            <source>Calendar holding the venue's programme</source>
            <translation>Agenda qui contient le programme de la structure</translation>
        </message>
        <message>
            <source>Also share the &amp;moderation times</source>
            <translation>Partager aussi les créneaux de m&amp;odération</translation>
        </message>
        <message>
            <source>Also share the venue's &amp;events</source>
            <translation>Partager aussi les &amp;événements de la structure</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>Team calendar: syncing…</source>
            <translation>Agenda d'équipe : synchronisation…</translation>
        </message>
        <message>
            <source>Team calendar: not synced (%1); will try again.</source>
            <translation>Agenda d'équipe : pas synchronisé (%1) ; nouvel essai plus tard.</translation>
        </message>
        <message>
            <source>Team calendar: sync stopped at %1; it goes on next time.</source>
            <translation>Agenda d'équipe : synchronisation arrêtée à %1 ; elle reprendra la prochaine fois.</translation>
        </message>
        <message>
            <source>Team calendar: %1 at %2; will try again.</source>
            <translation>Agenda d'équipe : %1 à %2 ; nouvel essai plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n envoyée</numerusform>
                <numerusform>%n envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n reçue</numerusform>
                <numerusform>%n reçues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to resolve</source>
            <translation>
                <numerusform>%n à trancher</numerusform>
                <numerusform>%n à trancher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>%n refusée par le serveur</numerusform>
                <numerusform>%n refusées par le serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>Team calendar: up to date at %1</source>
            <translation>Agenda d'équipe : à jour à %1</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>connecté</translation>
        </message>
        <message>
            <source>no calendar server at this address (check it with your IT contact)</source>
            <translation>pas de serveur d'agendas à cette adresse (vérifiez-la avec votre contact informatique)</translation>
        </message>
        <message>
            <source>the server refused the user name or the password</source>
            <translation>le serveur a refusé l'identifiant ou le mot de passe</translation>
        </message>
        <message>
            <source>the server's certificate could not be verified</source>
            <translation>le certificat du serveur n'a pas pu être vérifié</translation>
        </message>
        <message>
            <source>the server cannot be reached (offline, or the server is down)</source>
            <translation>le serveur est injoignable (hors ligne, ou serveur arrêté)</translation>
        </message>
        <message>
            <source>the server answered with an error</source>
            <translation>le serveur a répondu par une erreur</translation>
        </message>
        <message>
            <source>the address must start with https:// so that the password is protected</source>
            <translation>l'adresse doit commencer par https:// pour que le mot de passe soit protégé</translation>
        </message>
        <message>
            <source>no password stored on this computer (Settings › Team calendar)</source>
            <translation>aucun mot de passe gardé sur cet ordinateur (Réglages › Agenda d'équipe)</translation>
        </message>
        <message>
            <source>not set up</source>
            <translation>pas réglé</translation>
        </message>
        <message>
            <source>the venue file is open read-only</source>
            <translation>le fichier de la structure est ouvert en lecture seule</translation>
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <source>Today</source>
            <extracomment>the Post of a row</extracomment>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Posts to publish: late, today and this week</source>
            <translation>Publications à faire : en retard, aujourd'hui et cette semaine</translation>
        </message>
        <message>
            <source>Nothing to publish this week.</source>
            <translation>Rien à publier cette semaine.</translation>
        </message>
        <message>
            <source>&amp;Copy the text</source>
            <translation>&amp;Copier le texte</translation>
        </message>
        <message>
            <source>Open the &amp;network</source>
            <translation>Ouvrir le &amp;réseau</translation>
        </message>
        <message>
            <source>Mark as p&amp;ublished…</source>
            <translation>Marquer comme p&amp;ubliée…</translation>
        </message>
        <message>
            <source>P&amp;ostpone</source>
            <translation>Re&amp;porter</translation>
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation>A&amp;bandonner…</translation>
        </message>
        <message>
            <source>Op&amp;en the post</source>
            <translation>&amp;Ouvrir la publication</translation>
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation>Réponses &amp;types…</translation>
        </message>
        <message>
            <source>Saved answers</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Later this week</source>
            <translation>Plus tard cette semaine</translation>
        </message>
        <message>
            <source>Mark as published</source>
            <translation>Marquer comme publiée</translation>
        </message>
        <message>
            <source>Link to the published post (optional):</source>
            <translation>Lien vers la publication en ligne (facultatif) :</translation>
        </message>
        <message>
            <source>Skip this post</source>
            <translation>Abandonner cette publication</translation>
        </message>
        <message>
            <source>Why is it skipped? (kept in its notes)</source>
            <translation>Pourquoi l'abandonner ? (gardé dans ses notes)</translation>
        </message>
    </context>
    <context>
        <name>TonePage</name>
        <message>
            <source>Native formats and tone</source>
            <translation>Formats propres aux réseaux et ton</translation>
        </message>
        <message>
            <source>Online, a venue speaks like a person: short, warm, with images made for the screen, behind the scenes on the closing day, a hashtag of your own. Choose your voice once and keep it.</source>
            <translation>En ligne, une structure parle comme une personne : des textes courts et chaleureux, des images pensées pour l'écran, les coulisses le jour de fermeture, un hashtag bien à vous. Choisissez votre ton une fois pour toutes et gardez-le.</translation>
        </message>
        <message>
            <source>Tone</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>&amp;Tone:</source>
            <translation>&amp;Ton :</translation>
        </message>
        <message>
            <source>The venue says:</source>
            <translation>La structure dit :</translation>
        </message>
        <message>
            <source>"&amp;we"</source>
            <translation>« &amp;nous »</translation>
        </message>
        <message>
            <source>"&amp;I"</source>
            <translation>« &amp;je »</translation>
        </message>
        <message>
            <source>It addresses people as:</source>
            <translation>Elle s'adresse au public en disant :</translation>
        </message>
        <message>
            <source>"&amp;vous" (formal)</source>
            <translation>« &amp;vous » (vouvoiement)</translation>
        </message>
        <message>
            <source>"t&amp;u" (familiar)</source>
            <translation>« t&amp;u » (tutoiement)</translation>
        </message>
        <message>
            <source>Content pillars and their share</source>
            <translation>Thèmes éditoriaux et leur part</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Add a pi&amp;llar</source>
            <translation>Ajouter un thè&amp;me</translation>
        </message>
        <message>
            <source>+ Behind the scenes on our &amp;closing day</source>
            <translation>+ &amp;Coulisses le jour de fermeture</translation>
        </message>
        <message>
            <source>Content pillars</source>
            <translation>Thèmes éditoriaux</translation>
        </message>
        <message>
            <source>Recurring series</source>
            <translation>Rubriques récurrentes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Hashtag</source>
            <translation>Hashtag</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Add a &amp;series</source>
            <translation>Ajouter une &amp;rubrique</translation>
        </message>
        <message>
            <source>+ A weekly rendez-vous with our own &amp;hashtag</source>
            <translation>+ Un rendez-vous hebdomadaire avec notre &amp;hashtag</translation>
        </message>
        <message>
            <source>Total: %1 %</source>
            <translation>Total : %1 %</translation>
        </message>
        <message>
            <source>Behind the scenes</source>
            <translation>Coulisses</translation>
        </message>
        <message>
            <source>#ClosingDay</source>
            <translation>#JourDeFermeture</translation>
        </message>
        <message>
            <source>Our weekly rendez-vous</source>
            <translation>Notre rendez-vous de la semaine</translation>
        </message>
    </context>
    <context>
        <name>ToolsPage</name>
        <message>
            <source>Tools that fit</source>
            <translation>Des outils adaptés</translation>
        </message>
        <message>
            <source>Choose few networks and keep them alive, rather than many you cannot feed. The suggestions come from your venue, publics, objectives and what you can produce; select one to see why.</source>
            <translation>Mieux vaut quelques réseaux bien animés que beaucoup que vous ne pourrez pas alimenter. Les suggestions tiennent compte de votre structure, de vos publics, de vos objectifs et de ce que vous pouvez produire ; sélectionnez un réseau pour savoir pourquoi.</translation>
        </message>
        <message>
            <source>Networks, the most suitable first; tick the ones you choose</source>
            <translation>Réseaux, les plus adaptés en premier ; cochez ceux que vous choisissez</translation>
        </message>
        <message>
            <source>Share of your available time the plan uses</source>
            <translation>Part de votre temps disponible utilisée par le plan</translation>
        </message>
        <message>
            <source>Apply the proposed &amp;cuts</source>
            <translation>Appliquer les a&amp;llègements proposés</translation>
        </message>
        <message>
            <source>The chosen network</source>
            <translation>Le réseau choisi</translation>
        </message>
        <message>
            <source>Why the venue is there, in one sentence</source>
            <translation>Pourquoi la structure y est présente, en une phrase</translation>
        </message>
        <message>
            <source> per week</source>
            <translation> par semaine</translation>
        </message>
        <message>
            <source>Post on %1</source>
            <translation>Publier le %1</translation>
        </message>
        <message>
            <source> min per post</source>
            <translation> min par publication</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Raison d'être :</translation>
        </message>
        <message>
            <source>Ob&amp;jective:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>Rh&amp;ythm:</source>
            <translation>R&amp;ythme :</translation>
        </message>
        <message>
            <source>post on %1 %2 times a week</source>
            <translation>publier sur %1 %2 fois par semaine</translation>
        </message>
        <message>
            <source>P&amp;ublics:</source>
            <translation>P&amp;ublics :</translation>
        </message>
        <message>
            <source>Preferred &amp;time:</source>
            <translation>&amp;Heure préférée :</translation>
        </message>
        <message>
            <source>Pre&amp;paration:</source>
            <translation>Prép&amp;aration :</translation>
        </message>
        <message>
            <source>Preferred days:</source>
            <translation>Jours préférés :</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choisir)</translation>
        </message>
        <message>
            <source>  — suggested</source>
            <translation>  — conseillé</translation>
        </message>
        <message>
            <source>Tick a network to choose it</source>
            <translation>Cochez un réseau pour le choisir</translation>
        </message>
        <message>
            <source>This plan asks about %1 h a week; you have %2 h.</source>
            <translation>Ce plan demande environ %1 h par semaine ; vous disposez de %2 h.</translation>
        </message>
        <message>
            <source>To keep the rhythm: %1.</source>
            <translation>Pour tenir le rythme : %1.</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>leave %1 aside for now</source>
            <translation>laisser %1 de côté pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>&amp;Open CMt Desktop</source>
            <translation>&amp;Ouvrir CMt Desktop</translation>
        </message>
        <message>
            <source>&amp;Today's posts</source>
            <translation>Publications d'&amp;aujourd'hui</translation>
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation>Réponses &amp;types…</translation>
        </message>
        <message>
            <source>&amp;Pause reminders</source>
            <translation>&amp;Suspendre les rappels</translation>
        </message>
        <message>
            <source>For an hour</source>
            <translation>Pendant une heure</translation>
        </message>
        <message>
            <source>For 4 hours</source>
            <translation>Pendant 4 heures</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Jusqu'à demain</translation>
        </message>
        <message>
            <source>&amp;Resume now</source>
            <translation>&amp;Reprendre maintenant</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
    </context>
    <context>
        <name>VenueFiles</name>
        <message>
            <source>Open a venue file</source>
            <translation>Ouvrir un fichier de structure</translation>
        </message>
        <message>
            <source>CMt Desktop venue files (%1);;All files (*)</source>
            <translation>Fichiers de structure CMt Desktop (%1);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>VenuePage</name>
        <message>
            <source>Your venue</source>
            <translation>Votre structure</translation>
        </message>
        <message>
            <source>Start from the venue's own project: the networks should serve it, not the other way round. What you write here heads the document for your director.</source>
            <translation>Partez du projet de la structure : les réseaux doivent le servir, et non l'inverse. Ce que vous écrivez ici ouvre le document destiné à votre direction.</translation>
        </message>
        <message>
            <source>For example: bring reading to every neighbourhood, welcome families, make the local heritage known…</source>
            <translation>Par exemple : porter la lecture dans chaque quartier, accueillir les familles, faire connaître le patrimoine local…</translation>
        </message>
        <message>
            <source>Tue–Sat 10:00–18:00, Wed until 19:00</source>
            <translation>du mardi au samedi de 10 h à 18 h, le mercredi jusqu'à 19 h</translation>
        </message>
        <message>
            <source>Closed on %1</source>
            <translation>Fermé le %1</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Town:</source>
            <translation>&amp;Commune :</translation>
        </message>
        <message>
            <source>&amp;Missions, project:</source>
            <translation>&amp;Missions, projet :</translation>
        </message>
        <message>
            <source>&amp;Opening hours:</source>
            <translation>&amp;Horaires d'ouverture :</translation>
        </message>
        <message>
            <source>Closed every:</source>
            <translation>Fermeture hebdomadaire :</translation>
        </message>
        <message>
            <source>Accounts you already have</source>
            <translation>Comptes que vous avez déjà</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Name or handle</source>
            <translation>Nom ou identifiant</translation>
        </message>
        <message>
            <source>Still active</source>
            <translation>Encore actif</translation>
        </message>
        <message>
            <source>&amp;Add an account</source>
            <translation>&amp;Ajouter un compte</translation>
        </message>
    </context>
    <context>
        <name>WhyPage</name>
        <message>
            <source>Why be on social networks?</source>
            <translation>Pourquoi être sur les réseaux sociaux ?</translation>
        </message>
        <message>
            <source>Each objective should serve a goal of the venue's project and come with a target you can count ("30 new card holders under 25 by June"). Then say who you want to reach and what those publics expect from you.</source>
            <translation>Chaque objectif doit servir un axe du projet de la structure et s'accompagner d'un résultat chiffré (« 30 nouveaux inscrits de moins de 25 ans d'ici juin »). Dites ensuite qui vous voulez toucher et ce que ces publics attendent de vous.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Goal of the venue's project it serves</source>
            <translation>Axe du projet de la structure qu'il sert</translation>
        </message>
        <message>
            <source>Measurable target</source>
            <translation>Résultat chiffré visé</translation>
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation>Ajouter un &amp;objectif</translation>
        </message>
        <message>
            <source>Publics</source>
            <translation>Publics</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>What they need from you</source>
            <translation>Ce qu'il attend de vous</translation>
        </message>
        <message>
            <source>Add a &amp;public</source>
            <translation>Ajouter un p&amp;ublic</translation>
        </message>
        <message>
            <source>Key messages (one per line)</source>
            <translation>Messages clés (un par ligne)</translation>
        </message>
        <message>
            <source>Key messages, one per line</source>
            <translation>Messages clés, un par ligne</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New post…</source>
            <translation>&amp;Nouvelle publication…</translation>
        </message>
        <message>
            <source>New &amp;idea (no date)…</source>
            <translation>Nouvelle &amp;idée (sans date)…</translation>
        </message>
        <message>
            <source>&amp;Edit post…</source>
            <translation>&amp;Modifier la publication…</translation>
        </message>
        <message>
            <source>&amp;Delete post</source>
            <translation>&amp;Supprimer la publication</translation>
        </message>
        <message>
            <source>&amp;Export to a calendar (.ics)…</source>
            <translation>&amp;Exporter vers un agenda (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Aujourd'&amp;hui</translation>
        </message>
        <message>
            <source>Dupli&amp;cate post</source>
            <translation>D&amp;upliquer la publication</translation>
        </message>
        <message>
            <source>New venue e&amp;vent…</source>
            <translation>Nouvel é&amp;vénement de la structure…</translation>
        </message>
        <message>
            <source>&amp;Import the venue's programme (.ics)…</source>
            <translation>&amp;Importer la programmation (.ics)…</translation>
        </message>
        <message>
            <source>Export for a &amp;spreadsheet (.csv)…</source>
            <translation>Exporter pour un &amp;tableur (.csv)…</translation>
        </message>
        <message>
            <source>&amp;Open a venue file…</source>
            <translation>&amp;Ouvrir un fichier de structure…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Enregistrer une &amp;copie sous…</translation>
        </message>
        <message>
            <source>&amp;Hand-over pack for a colleague…</source>
            <translation>&amp;Dossier de passation pour un collègue…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <source>&amp;Team calendar…</source>
            <translation>Agenda d'é&amp;quipe…</translation>
        </message>
        <message>
            <source>Changed on &amp;both sides…</source>
            <translation>Modifiées des &amp;deux côtés…</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>N&amp;ext</source>
            <translation>Sui&amp;vant</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mois</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Semaine</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>&amp;About CMt Desktop</source>
            <translation>À &amp;propos de CMt Desktop</translation>
        </message>
        <message>
            <source>&amp;Regularity…</source>
            <translation>Ré&amp;gularité…</translation>
        </message>
        <message>
            <source>&amp;Cultural dates</source>
            <translation>Dates &amp;culturelles</translation>
        </message>
        <message>
            <source>Show national days and events your venue can take part in</source>
            <translation>Afficher les journées nationales et les événements auxquels votre structure peut participer</translation>
        </message>
        <message>
            <source>&amp;Reminders and start-up…</source>
            <translation>&amp;Rappels et démarrage…</translation>
        </message>
        <message>
            <source>Our &amp;strategy (wizard)…</source>
            <translation>Notre &amp;stratégie (assistant)…</translation>
        </message>
        <message>
            <source>Saved &amp;answers…</source>
            <translation>Réponses &amp;types…</translation>
        </message>
        <message>
            <source>Save the strategy &amp;document (PDF, ODT)…</source>
            <translation>Enregistrer le &amp;document de stratégie (PDF, ODT)…</translation>
        </message>
        <message>
            <source>Print the strategy…</source>
            <translation>Imprimer la stratégie…</translation>
        </message>
        <message>
            <source>Why we are on each network, for whom, at what rhythm — and the plan it gives</source>
            <translation>Pourquoi nous sommes sur chaque réseau, pour qui, à quel rythme — et le plan qui en découle</translation>
        </message>
        <message>
            <source>Previous month or week (Alt+Left)</source>
            <translation>Mois ou semaine précédents (Alt+Gauche)</translation>
        </message>
        <message>
            <source>Next month or week (Alt+Right)</source>
            <translation>Mois ou semaine suivants (Alt+Droite)</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Revenir à aujourd'hui (Ctrl+T)</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Comme le &amp;système</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>S&amp;trategy</source>
            <translation>S&amp;tratégie</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
    </context>
    <context>
        <name>WriteErrors</name>
        <message>
            <source>The disk is full, so the change could not be saved. Free some space (empty the recycle bin, move big files away), then try again.</source>
            <translation>Le disque est plein : la modification n'a pas pu être enregistrée. Libérez de la place (videz la corbeille, déplacez les gros fichiers), puis réessayez.</translation>
        </message>
        <message>
            <source>The venue file is open read-only, so changes cannot be saved. To change it, open it normally (File › Open a venue file) once the cause is fixed.</source>
            <translation>Le fichier de la structure est ouvert en lecture seule : les modifications ne peuvent pas être enregistrées. Pour le modifier, ouvrez-le normalement (Fichier › Ouvrir un fichier de structure) une fois la cause réglée.</translation>
        </message>
        <message>
            <source>Another program is using the venue file (a backup or synchronisation tool, perhaps), so the change could not be saved. Wait a moment, then try again.</source>
            <translation>Un autre programme utilise le fichier de la structure (un outil de sauvegarde ou de synchronisation, peut-être) : la modification n'a pas pu être enregistrée. Patientez un instant, puis réessayez.</translation>
        </message>
        <message>
            <source>The change could not be written to the venue file. Check that the disk is not full and that no other program is using the file, then try again.</source>
            <translation>La modification n'a pas pu être écrite dans le fichier de la structure. Vérifiez que le disque n'est pas plein et qu'aucun autre programme n'utilise le fichier, puis réessayez.</translation>
        </message>
        <message>
            <source>Nothing was changed in the file. Detail: %1</source>
            <translation>Rien n'a été modifié dans le fichier. Détail : %1</translation>
        </message>
        <message>
            <source>Change not saved</source>
            <translation>Modification non enregistrée</translation>
        </message>
    </context>
</TS>

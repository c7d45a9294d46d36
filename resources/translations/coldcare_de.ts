<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>App</name>
        <message>
            <source>ColdCare is already running; showing it.</source>
            <translation>ColdCare läuft bereits; es wird angezeigt.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Profile &amp; settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Danke</translation>
        </message>
        <message>
            <source>ColdCare's data file was damaged and no good backup was found, so ColdCare started with empty data. The damaged file was kept in {folder}.</source>
            <translation>Die Datendatei von ColdCare war beschädigt und es wurde keine gute Sicherung gefunden. ColdCare startet daher ohne Daten. Die beschädigte Datei liegt in {folder}.</translation>
        </message>
        <message>
            <source>ColdCare's data file was damaged. It was set aside in {folder} and the newest good backup was restored. Please check that today's entries are there.</source>
            <translation>Die Datendatei von ColdCare war beschädigt. Sie wurde nach {folder} verschoben und die neueste gute Sicherung wurde wiederhergestellt. Bitte prüfen Sie, ob die heutigen Einträge da sind.</translation>
        </message>
        <message>
            <source>ColdCare keeps running</source>
            <translation>ColdCare läuft weiter</translation>
        </message>
        <message>
            <source>ColdCare is still running in the tray, by the clock, so it can remind you and time your sessions. Click its snowflake to open it again. To quit, choose Quit ColdCare in its menu, or press Ctrl+Q in this window.</source>
            <translation>ColdCare läuft im Infobereich neben der Uhr weiter, damit es Sie erinnern und die Zeit Ihrer Anwendungen messen kann. Klicken Sie auf die Schneeflocke, um es wieder zu öffnen. Zum Beenden wählen Sie „ColdCare beenden“ in seinem Menü oder drücken Sie Strg+Q in diesem Fenster.</translation>
        </message>
        <message>
            <source>A cold session is running</source>
            <translation>Eine Kälteanwendung läuft</translation>
        </message>
        <message>
            <source>If ColdCare closes now, nobody will tell you when to take the pack off. Keep ColdCare open?</source>
            <translation>Wenn ColdCare jetzt schließt, sagt Ihnen niemand, wann Sie den Kältepack abnehmen müssen. ColdCare geöffnet lassen?</translation>
        </message>
        <message>
            <source>Reminders are planned for today</source>
            <translation>Für heute sind Erinnerungen geplant</translation>
        </message>
        <message>
            <source>ColdCare cannot remind you while closed. Keep ColdCare open?</source>
            <translation>Geschlossen kann ColdCare Sie nicht erinnern. ColdCare geöffnet lassen?</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Deletion undone</source>
            <translation>Löschen rückgängig gemacht</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>the computer did not allow the change ({detail})</source>
            <translation>der Computer hat die Änderung nicht erlaubt ({detail})</translation>
        </message>
        <message>
            <source>Reminders for home cold-pack therapy</source>
            <translation>Erinnerungen für die Kältetherapie zu Hause</translation>
        </message>
    </context>
    <context>
        <name>Barrier</name>
        <message>
            <source>Nothing between pack and skin</source>
            <translation>Nichts zwischen Kältepack und Haut</translation>
        </message>
        <message>
            <source>A thin damp cloth</source>
            <translation>Ein dünnes feuchtes Tuch</translation>
        </message>
        <message>
            <source>A dry cloth</source>
            <translation>Ein trockenes Tuch</translation>
        </message>
        <message>
            <source>The pack's own cover</source>
            <translation>Die Hülle des Kältepacks</translation>
        </message>
        <message>
            <source>Two layers of cloth</source>
            <translation>Zwei Lagen Stoff</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Chosen: {site}</source>
            <translation>Gewählt: {site}</translation>
        </message>
        <message>
            <source>Body map, front view</source>
            <translation>Körperbild, Vorderseite</translation>
        </message>
        <message>
            <source>Body map, back view</source>
            <translation>Körperbild, Rückseite</translation>
        </message>
        <message>
            <source>{site} ({reason})</source>
            <translation>{site} ({reason})</translation>
        </message>
        <message>
            <source>Use the arrow keys to move between body parts. Press Enter to choose.</source>
            <translation>Mit den Pfeiltasten wechseln Sie zwischen Körperstellen. Drücken Sie Enter zum Auswählen.</translation>
        </message>
        <message>
            <source>{site}. Chosen.</source>
            <translation>{site}. Gewählt.</translation>
        </message>
        <message>
            <source>{site}. Press Enter to choose.</source>
            <translation>{site}. Drücken Sie Enter zum Auswählen.</translation>
        </message>
        <message>
            <source>Chosen now: {site}.</source>
            <translation>Jetzt gewählt: {site}.</translation>
        </message>
        <message>
            <source>Your left</source>
            <translation>Ihre linke Seite</translation>
        </message>
        <message>
            <source>Your right</source>
            <translation>Ihre rechte Seite</translation>
        </message>
        <message>
            <source>not available now</source>
            <translation>jetzt nicht möglich</translation>
        </message>
        <message>
            <source>Where the cold goes</source>
            <translation>Wo die Kälte hinkommt</translation>
        </message>
        <message>
            <source>Body sites, head to foot</source>
            <translation>Körperstellen, von Kopf bis Fuß</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Vorne</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Hinten</translation>
        </message>
        <message>
            <source>Or choose from this list:</source>
            <translation>Oder wählen Sie aus dieser Liste:</translation>
        </message>
        <message>
            <source>Nothing chosen yet: choose on the body or in the list.</source>
            <translation>Noch nichts gewählt: Wählen Sie am Körperbild oder in der Liste.</translation>
        </message>
        <message>
            <source>{site} — {reason}</source>
            <translation>{site} – {reason}</translation>
        </message>
        <message>
            <source>Chosen.</source>
            <translation>Gewählt.</translation>
        </message>
        <message>
            <source>Free.</source>
            <translation>Frei.</translation>
        </message>
        <message>
            <source>Chosen, but {reason}.</source>
            <translation>Gewählt, aber {reason}.</translation>
        </message>
        <message>
            <source>Not now: {reason}.</source>
            <translation>Jetzt nicht: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>BodyRegion</name>
        <message>
            <source>Knee</source>
            <translation>Knie</translation>
        </message>
        <message>
            <source>Hip</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Shoulder</source>
            <translation>Schulter</translation>
        </message>
        <message>
            <source>Ankle and foot</source>
            <translation>Sprunggelenk und Fuß</translation>
        </message>
        <message>
            <source>Wrist and hand</source>
            <translation>Handgelenk und Hand</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>BodySite</name>
        <message>
            <source>Forehead and temples</source>
            <translation>Stirn und Schläfen</translation>
        </message>
        <message>
            <source>Left jaw</source>
            <translation>Linker Kiefer</translation>
        </message>
        <message>
            <source>Right jaw</source>
            <translation>Rechter Kiefer</translation>
        </message>
        <message>
            <source>Back of the neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Front of the neck</source>
            <translation>Vorderer Hals</translation>
        </message>
        <message>
            <source>Left shoulder</source>
            <translation>Linke Schulter</translation>
        </message>
        <message>
            <source>Right shoulder</source>
            <translation>Rechte Schulter</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Left elbow</source>
            <translation>Linker Ellbogen</translation>
        </message>
        <message>
            <source>Right elbow</source>
            <translation>Rechter Ellbogen</translation>
        </message>
        <message>
            <source>Left wrist and hand</source>
            <translation>Linkes Handgelenk und Hand</translation>
        </message>
        <message>
            <source>Right wrist and hand</source>
            <translation>Rechtes Handgelenk und Hand</translation>
        </message>
        <message>
            <source>Left hip</source>
            <translation>Linke Hüfte</translation>
        </message>
        <message>
            <source>Right hip</source>
            <translation>Rechte Hüfte</translation>
        </message>
        <message>
            <source>Left thigh</source>
            <translation>Linker Oberschenkel</translation>
        </message>
        <message>
            <source>Right thigh</source>
            <translation>Rechter Oberschenkel</translation>
        </message>
        <message>
            <source>Left knee (front and inner side)</source>
            <translation>Linkes Knie (vorne und innen)</translation>
        </message>
        <message>
            <source>Right knee (front and inner side)</source>
            <translation>Rechtes Knie (vorne und innen)</translation>
        </message>
        <message>
            <source>Outer side of the left knee</source>
            <translation>Außenseite des linken Knies</translation>
        </message>
        <message>
            <source>Outer side of the right knee</source>
            <translation>Außenseite des rechten Knies</translation>
        </message>
        <message>
            <source>Left calf and shin</source>
            <translation>Linke Wade und Schienbein</translation>
        </message>
        <message>
            <source>Right calf and shin</source>
            <translation>Rechte Wade und Schienbein</translation>
        </message>
        <message>
            <source>Left ankle and foot</source>
            <translation>Linkes Sprunggelenk und Fuß</translation>
        </message>
        <message>
            <source>Right ankle and foot</source>
            <translation>Rechtes Sprunggelenk und Fuß</translation>
        </message>
    </context>
    <context>
        <name>CaregiverPin</name>
        <message>
            <source>Please type a PIN of 4 to 8 digits.</source>
            <translation>Bitte geben Sie eine PIN mit 4 bis 8 Ziffern ein.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only (0 to 9).</source>
            <translation>Eine PIN besteht nur aus Ziffern (0 bis 9).</translation>
        </message>
        <message>
            <source>A PIN needs at least 4 digits.</source>
            <translation>Eine PIN braucht mindestens 4 Ziffern.</translation>
        </message>
        <message>
            <source>A PIN has at most 8 digits.</source>
            <translation>Eine PIN hat höchstens 8 Ziffern.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Please type the new PIN twice.</source>
            <translation>Die beiden PINs stimmen nicht überein. Bitte geben Sie die neue PIN zweimal ein.</translation>
        </message>
        <message>
            <source>Change the weekly plan</source>
            <translation>Den Wochenplan ändern</translation>
        </message>
        <message>
            <source>Add, change or archive exercises</source>
            <translation>Übungen hinzufügen, ändern oder archivieren</translation>
        </message>
        <message>
            <source>Change the profile: personal limits, health questions, supervision, doctor's OK</source>
            <translation>Das Profil ändern: persönliche Grenzen, Gesundheitsfragen, Betreuung, ärztliche Freigabe</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Eine Person hinzufügen</translation>
        </message>
        <message>
            <source>Delete a person and all their data</source>
            <translation>Eine Person mit allen ihren Daten löschen</translation>
        </message>
        <message>
            <source>Delete records</source>
            <translation>Einträge löschen</translation>
        </message>
        <message>
            <source>Change or remove the caregiver PIN</source>
            <translation>Die Betreuungs-PIN ändern oder entfernen</translation>
        </message>
        <message>
            <source>New caregiver PIN</source>
            <translation>Neue Betreuungs-PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Neue PIN</translation>
        </message>
        <message>
            <source>The new PIN again</source>
            <translation>Die neue PIN noch einmal</translation>
        </message>
        <message>
            <source>Choose 4 to 8 digits that the person you care for would not guess, and write them down somewhere safe.</source>
            <translation>Wählen Sie 4 bis 8 Ziffern, die die betreute Person nicht erraten würde, und notieren Sie sie an einem sicheren Ort.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the new PIN</source>
            <translation>Die neue PIN speichern</translation>
        </message>
        <message>
            <source>Caregiver PIN</source>
            <translation>Betreuungs-PIN</translation>
        </message>
        <message>
            <source>A PIN guards the safety settings against changes by accident: a slip of the hand, a curious visitor. It does not stop a determined person.</source>
            <translation>Eine PIN schützt die Sicherheitseinstellungen vor versehentlichen Änderungen: ein falscher Klick, ein neugieriger Besuch. Eine entschlossene Person hält sie nicht auf.</translation>
        </message>
        <message>
            <source>With a PIN set, these need it:</source>
            <translation>Mit einer PIN brauchen diese sie:</translation>
        </message>
        <message>
            <source>These never need it: cold sessions, check-ins, pain ratings, the weekly questions and exercises.</source>
            <translation>Diese brauchen sie nie: Kälteanwendungen, tägliche Schmerzabfragen, Schmerzwerte, die wöchentlichen Fragen und Übungen.</translation>
        </message>
        <message>
            <source>Set a PIN…</source>
            <translation>Eine PIN festlegen…</translation>
        </message>
        <message>
            <source>Change the PIN…</source>
            <translation>Die PIN ändern…</translation>
        </message>
        <message>
            <source>Remove the PIN…</source>
            <translation>Die PIN entfernen…</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Eine PIN ist festgelegt.</translation>
        </message>
        <message>
            <source>No PIN is set: anyone at this computer can change everything.</source>
            <translation>Keine PIN festgelegt: Jede Person an diesem Computer kann alles ändern.</translation>
        </message>
        <message>
            <source>The PIN is removed. Nothing asks for it now.</source>
            <translation>Die PIN ist entfernt. Nichts fragt jetzt danach.</translation>
        </message>
        <message>
            <source>The PIN is saved. Keep it somewhere safe.</source>
            <translation>Die PIN ist gespeichert. Bewahren Sie sie sicher auf.</translation>
        </message>
        <message>
            <source>{minutes}:{seconds:02}</source>
            <translation>{minutes}:{seconds:02}</translation>
        </message>
        <message>
            <source>Forgotten the PIN? Close ColdCare and run “coldcare reset-pin” in a terminal. It removes only the PIN; all data is kept.</source>
            <translation>PIN vergessen? Schließen Sie ColdCare und führen Sie „coldcare reset-pin“ in einem Terminal aus. Das entfernt nur die PIN; alle Daten bleiben erhalten.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel, change nothing</source>
            <translation>Abbrechen, nichts ändern</translation>
        </message>
        <message>
            <source>This needs the caregiver PIN, so nobody changes the plan or limits by accident. Sessions, check-ins and exercises never need it.</source>
            <translation>Dafür ist die Betreuungs-PIN nötig, damit niemand den Plan oder die Grenzen versehentlich ändert. Anwendungen, Schmerzabfragen und Übungen brauchen sie nie.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Check the PIN and continue</source>
            <translation>Die PIN prüfen und weiter</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Diese PIN ist nicht richtig.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {time} before trying again.</source>
            <translation>Zu viele falsche Versuche. Bitte warten Sie {time}, bevor Sie es wieder versuchen.</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Pain check-in for {person}</source>
            <translation>Schmerzabfrage für {person}</translation>
        </message>
        <message>
            <source>How is your pain today? Rate it on Today.</source>
            <translation>Wie stark sind Ihre Schmerzen heute? Bewerten Sie sie auf der Seite Heute.</translation>
        </message>
        <message>
            <source>The weekly questions are due too (1 minute).</source>
            <translation>Die wöchentlichen Fragen sind auch fällig (1 Minute).</translation>
        </message>
        <message>
            <source>Choose each person at the top of ColdCare, then rate the pain on Today.</source>
            <translation>Wählen Sie oben in ColdCare jede Person aus und bewerten Sie dann die Schmerzen auf der Seite Heute.</translation>
        </message>
        <message>
            <source>The weekly questions are due too for {people}.</source>
            <translation>Die wöchentlichen Fragen sind auch fällig für {people}.</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <source>How is your pain right now?</source>
            <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save my pain rating</source>
            <translation>Meinen Schmerzwert speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Keep the saved rating</source>
            <translation>Gespeicherten Wert behalten</translation>
        </message>
        <message>
            <source>A note (optional):</source>
            <translation>Eine Notiz (freiwillig):</translation>
        </message>
        <message>
            <source>Rate again</source>
            <translation>Neu bewerten</translation>
        </message>
        <message>
            <source>Rate your pain again</source>
            <translation>Schmerzen neu bewerten</translation>
        </message>
        <message>
            <source>Weekly questions (1 minute)</source>
            <translation>Wöchentliche Fragen (1 Minute)</translation>
        </message>
        <message>
            <source>Answer the weekly questions (1 minute)</source>
            <translation>Wöchentliche Fragen beantworten (1 Minute)</translation>
        </message>
        <message>
            <source>Pain check-in</source>
            <translation>Tägliche Schmerzabfrage</translation>
        </message>
        <message>
            <source>Today: {value}, saved {time}</source>
            <translation>Heute: {value}, gespeichert um {time}</translation>
        </message>
        <message>
            <source>The weekly questions are due: three questions about the past week.</source>
            <translation>Die wöchentlichen Fragen sind fällig: drei Fragen zur letzten Woche.</translation>
        </message>
        <message>
            <source>Weekly questions answered {when} — score {score}; next due {due}</source>
            <translation>Wöchentliche Fragen {when} beantwortet – Wert {score}; wieder fällig {due}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>on {day}</source>
            <translation>am {day}</translation>
        </message>
        <message>
            <source>Choose a number from 0 to 10 first.</source>
            <translation>Wählen Sie zuerst eine Zahl von 0 bis 10.</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Is the skin where the cold goes whole, with no cut, rash or sore?</source>
            <translation>Ist die Haut an der Stelle unverletzt, ohne Schnitt, Ausschlag oder wunde Stelle?</translation>
        </message>
        <message>
            <source>Can you feel touch there as usual?</source>
            <translation>Spüren Sie dort Berührungen wie gewohnt?</translation>
        </message>
        <message>
            <source>Has the skin there gone back to its normal colour and warmth since last time?</source>
            <translation>Hat die Haut dort seit dem letzten Mal wieder ihre normale Farbe und Wärme?</translation>
        </message>
        <message>
            <source>Are you awake and able to stay awake, with no sleeping pills or other medicine that makes you drowsy?</source>
            <translation>Sind Sie wach und können wach bleiben, ohne Schlaftabletten oder andere Medikamente, die müde machen?</translation>
        </message>
        <message>
            <source>Is the cloth or cover in place between the pack and the skin?</source>
            <translation>Liegt das Tuch oder die Hülle zwischen Kältepack und Haut?</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <source>Less: {what}</source>
            <translation>Weniger: {what}</translation>
        </message>
        <message>
            <source>More: {what}</source>
            <translation>Mehr: {what}</translation>
        </message>
    </context>
    <context>
        <name>Condition</name>
        <message>
            <source>Cold urticaria (hives from cold)</source>
            <translation>Kälteurtikaria (Nesselsucht durch Kälte)</translation>
        </message>
        <message>
            <source>Cryoglobulinaemia</source>
            <translation>Kryoglobulinämie</translation>
        </message>
        <message>
            <source>Paroxysmal cold haemoglobinuria</source>
            <translation>Paroxysmale Kältehämoglobinurie</translation>
        </message>
        <message>
            <source>Complex regional pain syndrome (CRPS)</source>
            <translation>Komplexes regionales Schmerzsyndrom (CRPS)</translation>
        </message>
        <message>
            <source>Raynaud's</source>
            <translation>Raynaud-Syndrom</translation>
        </message>
        <message>
            <source>Poor circulation in the legs or arms (peripheral vascular disease)</source>
            <translation>Schlechte Durchblutung in Beinen oder Armen (periphere arterielle Verschlusskrankheit)</translation>
        </message>
        <message>
            <source>Diabetes</source>
            <translation>Diabetes</translation>
        </message>
        <message>
            <source>Reduced feeling in the skin</source>
            <translation>Vermindertes Gefühl in der Haut</translation>
        </message>
        <message>
            <source>High blood pressure</source>
            <translation>Bluthochdruck</translation>
        </message>
        <message>
            <source>Heart disease</source>
            <translation>Herzkrankheit</translation>
        </message>
        <message>
            <source>Arthritis that gets worse with cold</source>
            <translation>Arthritis, die bei Kälte schlimmer wird</translation>
        </message>
        <message>
            <source>Memory or thinking problems (cannot reliably report pain or skin)</source>
            <translation>Gedächtnis- oder Denkprobleme (kann Schmerzen oder Haut nicht sicher beschreiben)</translation>
        </message>
        <message>
            <source>Has fainted before</source>
            <translation>Schon einmal ohnmächtig geworden</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>{minutes} {seconds}</source>
            <translation>{minutes} {seconds}</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Nearly done</source>
            <translation>Fast geschafft</translation>
        </message>
        <message>
            <source>Past recommended time</source>
            <translation>Empfohlene Zeit überschritten</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>Take it off now</source>
            <translation>Jetzt abnehmen</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>Noch {time}</translation>
        </message>
        <message>
            <source>{time} left, skin check now</source>
            <translation>Noch {time}, jetzt Hautkontrolle</translation>
        </message>
        <message>
            <source>{time} left, skin check in {check}</source>
            <translation>Noch {time}, Hautkontrolle in {check}</translation>
        </message>
        <message>
            <source>{state}. {rest}</source>
            <translation>{state}. {rest}</translation>
        </message>
        <message>
            <source>min left</source>
            <translation>Min. übrig</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Pink or normal</source>
            <translation>Rosa oder normal</translation>
        </message>
        <message>
            <source>Bright red</source>
            <translation>Leuchtend rot</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Weiß</translation>
        </message>
        <message>
            <source>Grey, blue or waxy</source>
            <translation>Grau, blau oder wachsartig</translation>
        </message>
        <message>
            <source>Hives or welts</source>
            <translation>Nesselausschlag oder Quaddeln</translation>
        </message>
        <message>
            <source>Blisters</source>
            <translation>Blasen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Log a clinic visit</source>
            <translation>Besuch in der Klinik eintragen</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy is done at a clinic, with its staff. ColdCare only keeps a note of the visit for your records and your physiotherapist.</source>
            <translation>Ganzkörper-Kältetherapie findet in einer Klinik mit deren Personal statt. ColdCare notiert den Besuch nur für Ihre Unterlagen und Ihre Physiotherapie.</translation>
        </message>
        <message>
            <source>When was the visit</source>
            <translation>Wann war der Besuch</translation>
        </message>
        <message>
            <source>When was the visit?</source>
            <translation>Wann war der Besuch?</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>How many minutes in the chamber</source>
            <translation>Wie viele Minuten in der Kältekammer</translation>
        </message>
        <message>
            <source>How many minutes in the chamber?</source>
            <translation>Wie viele Minuten in der Kältekammer?</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Uncomfortable</source>
            <translation>Unangenehm</translation>
        </message>
        <message>
            <source>Unwell afterwards</source>
            <translation>Danach unwohl</translation>
        </message>
        <message>
            <source>How did it feel</source>
            <translation>Wie hat es sich angefühlt</translation>
        </message>
        <message>
            <source>How did it feel?</source>
            <translation>Wie hat es sich angefühlt?</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A note (optional)</source>
            <translation>Eine Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Besuch speichern</translation>
        </message>
        <message>
            <source>Please say how the visit felt.</source>
            <translation>Bitte sagen Sie, wie sich der Besuch angefühlt hat.</translation>
        </message>
        <message>
            <source>How is your {site} now?</source>
            <translation>Wie geht es Ihrer Stelle „{site}“ jetzt?</translation>
        </message>
        <message>
            <source>Is there still numbness or tingling where the cold was?</source>
            <translation>Gibt es an der gekühlten Stelle noch Taubheit oder Kribbeln?</translation>
        </message>
        <message>
            <source>Is there new weakness in the foot or leg? For example, the foot drags or slaps down when you walk.</source>
            <translation>Gibt es eine neue Schwäche im Fuß oder Bein? Zum Beispiel schleift der Fuß oder klatscht beim Gehen auf den Boden.</translation>
        </message>
        <message>
            <source>Is the skin hard, very cold, or blistered?</source>
            <translation>Ist die Haut hart, sehr kalt oder hat sie Blasen?</translation>
        </message>
        <message>
            <source>How is your pain now?</source>
            <translation>Wie stark sind Ihre Schmerzen jetzt?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Please answer every yes-or-no question.</source>
            <translation>Bitte beantworten Sie jede Ja-oder-Nein-Frage.</translation>
        </message>
        <message>
            <source>New weakness after cooling the knee or thigh can mean a nerve was pressed by the cold. Get medical advice today (call your doctor or an urgent care line).</source>
            <translation>Neue Schwäche nach dem Kühlen von Knie oder Oberschenkel kann bedeuten, dass die Kälte einen Nerv gedrückt hat. Holen Sie heute ärztlichen Rat ein (rufen Sie Ihre Arztpraxis oder den ärztlichen Bereitschaftsdienst an).</translation>
        </message>
        <message>
            <source>Numbness, tingling or hard skin that lasts after the cold is off should be checked. Please ask your doctor or nurse. No cold on this spot until {when}.</source>
            <translation>Taubheit, Kribbeln oder harte Haut, die nach dem Kühlen bleibt, sollte untersucht werden. Bitte fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Pflegekraft. Keine Kälte an dieser Stelle bis {when}.</translation>
        </message>
        <message>
            <source>Good. The skin has recovered.</source>
            <translation>Gut. Die Haut hat sich erholt.</translation>
        </message>
        <message>
            <source>A cold session was interrupted</source>
            <translation>Eine Kälteanwendung wurde unterbrochen</translation>
        </message>
        <message>
            <source>ColdCare closed while a session on the {site} was running (started {started}). If the pack is still on, take it off now.</source>
            <translation>ColdCare wurde während einer Anwendung geschlossen ({site}, Beginn {started}). Wenn der Kältepack noch aufliegt, nehmen Sie ihn jetzt ab.</translation>
        </message>
        <message>
            <source>When the timer would have ended ({time})</source>
            <translation>Als der Timer geendet hätte ({time})</translation>
        </message>
        <message>
            <source>When ColdCare stopped ({time})</source>
            <translation>Als ColdCare beendet wurde ({time})</translation>
        </message>
        <message>
            <source>At another time</source>
            <translation>Zu einer anderen Zeit</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>Gerade eben</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Ich weiß es nicht</translation>
        </message>
        <message>
            <source>When did the pack come off</source>
            <translation>Wann wurde der Kältepack abgenommen</translation>
        </message>
        <message>
            <source>When did the pack come off?</source>
            <translation>Wann wurde der Kältepack abgenommen?</translation>
        </message>
        <message>
            <source>The time the pack came off</source>
            <translation>Uhrzeit, zu der der Kältepack abgenommen wurde</translation>
        </message>
        <message>
            <source>How does the skin look now</source>
            <translation>Wie sieht die Haut jetzt aus</translation>
        </message>
        <message>
            <source>How does the skin look now?</source>
            <translation>Wie sieht die Haut jetzt aus?</translation>
        </message>
        <message>
            <source>Please answer both questions.</source>
            <translation>Bitte beantworten Sie beide Fragen.</translation>
        </message>
    </context>
    <context>
        <name>Effort</name>
        <message>
            <source>Easy</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Just right</source>
            <translation>Genau richtig</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Schwer</translation>
        </message>
        <message>
            <source>Too hard</source>
            <translation>Zu schwer</translation>
        </message>
    </context>
    <context>
        <name>Exercise</name>
        <message>
            <source>Check with your physiotherapist before you start. Move gently and stop if the pain gets sharply worse.</source>
            <translation>Sprechen Sie vor dem Beginn mit Ihrer Physiotherapie. Bewegen Sie sich sanft und hören Sie auf, wenn der Schmerz deutlich stärker wird.</translation>
        </message>
        <message>
            <source>Thigh press</source>
            <translation>Oberschenkel anspannen</translation>
        </message>
        <message>
            <source>Sit or lie with your leg straight out. Tighten the muscle on the front of your thigh so the back of your knee presses down. Hold, then relax.</source>
            <translation>Sitzen oder liegen Sie mit ausgestrecktem Bein. Spannen Sie den vorderen Oberschenkelmuskel an, sodass die Kniekehle nach unten drückt. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Straight leg raise</source>
            <translation>Gestrecktes Bein heben</translation>
        </message>
        <message>
            <source>Lie on your back with one knee bent and that foot flat. Keep the other leg straight, tighten the thigh and lift the leg to the height of the bent knee. Hold, then lower it slowly.</source>
            <translation>Legen Sie sich auf den Rücken, ein Knie gebeugt, der Fuß flach aufgestellt. Das andere Bein bleibt gestreckt: Oberschenkel anspannen und das Bein bis zur Höhe des gebeugten Knies heben. Halten, dann langsam senken.</translation>
        </message>
        <message>
            <source>Heel slide</source>
            <translation>Ferse gleiten lassen</translation>
        </message>
        <message>
            <source>Lie on your back. Slowly slide one heel towards you, bending the knee as far as is comfortable, then slide it back.</source>
            <translation>Legen Sie sich auf den Rücken. Ziehen Sie eine Ferse langsam zu sich heran und beugen Sie das Knie, so weit es angenehm ist. Dann schieben Sie sie zurück.</translation>
        </message>
        <message>
            <source>Bridge</source>
            <translation>Brücke</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent and feet flat. Tighten your buttocks and lift your hips until you are straight from shoulders to knees. Hold, then lower slowly.</source>
            <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach. Spannen Sie das Gesäß an und heben Sie die Hüfte, bis Schultern und Knie eine Linie bilden. Halten, dann langsam senken.</translation>
        </message>
        <message>
            <source>Clamshell</source>
            <translation>Muschel</translation>
        </message>
        <message>
            <source>Lie on your side with your knees bent. Keep your feet together and lift the top knee, like a shell opening. Lower it slowly.</source>
            <translation>Legen Sie sich mit gebeugten Knien auf die Seite. Lassen Sie die Füße zusammen und heben Sie das obere Knie, wie eine Muschel, die sich öffnet. Langsam senken.</translation>
        </message>
        <message>
            <source>Pelvic tilt</source>
            <translation>Becken kippen</translation>
        </message>
        <message>
            <source>Lie on your back with your knees bent. Tighten your tummy and gently press the small of your back into the floor. Hold, then relax.</source>
            <translation>Legen Sie sich mit gebeugten Knien auf den Rücken. Spannen Sie den Bauch an und drücken Sie den unteren Rücken sanft in den Boden. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Knee to chest</source>
            <translation>Knie zur Brust</translation>
        </message>
        <message>
            <source>Lie on your back. Hug one knee gently towards your chest until you feel a stretch in your lower back. Hold, then change legs.</source>
            <translation>Legen Sie sich auf den Rücken. Ziehen Sie ein Knie sanft zur Brust, bis Sie eine Dehnung im unteren Rücken spüren. Halten, dann das Bein wechseln.</translation>
        </message>
        <message>
            <source>Chin tuck</source>
            <translation>Kinn zurückziehen</translation>
        </message>
        <message>
            <source>Sit tall. Gently draw your chin straight back, as if making a double chin, without tipping your head. Hold, then relax.</source>
            <translation>Sitzen Sie aufrecht. Ziehen Sie das Kinn sanft gerade nach hinten, als ob Sie ein Doppelkinn machen, ohne den Kopf zu neigen. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Neck side stretch</source>
            <translation>Nacken seitlich dehnen</translation>
        </message>
        <message>
            <source>Sit tall. Slowly tilt your ear towards your shoulder until you feel a gentle stretch. Hold, then change sides.</source>
            <translation>Sitzen Sie aufrecht. Neigen Sie das Ohr langsam zur Schulter, bis Sie eine sanfte Dehnung spüren. Halten, dann die Seite wechseln.</translation>
        </message>
        <message>
            <source>Pendulum swing</source>
            <translation>Pendeln</translation>
        </message>
        <message>
            <source>Lean forward with your good hand on a table. Let the other arm hang down loosely and swing it gently in small circles.</source>
            <translation>Beugen Sie sich vor und stützen Sie die gesunde Hand auf einen Tisch. Lassen Sie den anderen Arm locker hängen und schwingen Sie ihn sanft in kleinen Kreisen.</translation>
        </message>
        <message>
            <source>Shoulder blade squeeze</source>
            <translation>Schulterblätter zusammenziehen</translation>
        </message>
        <message>
            <source>Sit or stand tall. Squeeze your shoulder blades together and down. Hold, then relax.</source>
            <translation>Sitzen oder stehen Sie aufrecht. Ziehen Sie die Schulterblätter zusammen und nach unten. Halten, dann locker lassen.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEditor</name>
        <message>
            <source>“{file}” could not be found or opened.</source>
            <translation>„{file}“ wurde nicht gefunden oder konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>“{file}” is too large ({size} MB). Choose a picture file of at most {limit} MB.</source>
            <translation>„{file}“ ist zu groß ({size} MB). Wählen Sie eine Bilddatei mit höchstens {limit} MB.</translation>
        </message>
        <message>
            <source>“{file}” is not a picture. Choose a PNG or JPEG file.</source>
            <translation>„{file}“ ist kein Bild. Wählen Sie eine PNG- oder JPEG-Datei.</translation>
        </message>
        <message>
            <source>“{file}” could not be read; it may be damaged. Try another picture.</source>
            <translation>„{file}“ konnte nicht gelesen werden; die Datei ist vielleicht beschädigt. Versuchen Sie ein anderes Bild.</translation>
        </message>
        <message>
            <source>“{file}” is {width} × {height} pixels, too large to open. Choose a smaller picture.</source>
            <translation>„{file}“ hat {width} × {height} Pixel und ist zu groß zum Öffnen. Wählen Sie ein kleineres Bild.</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Edit “{name}”</source>
            <translation>„{name}“ bearbeiten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht es</translation>
        </message>
        <message>
            <source>In short steps, as your physiotherapist showed you.</source>
            <translation>In kurzen Schritten, wie es Ihnen Ihre Physiotherapie gezeigt hat.</translation>
        </message>
        <message>
            <source>Body region</source>
            <translation>Körperbereich</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Repetitions in each set</source>
            <translation>Wiederholungen pro Satz</translation>
        </message>
        <message>
            <source>Hold each repetition (seconds)</source>
            <translation>Jede Wiederholung halten (Sekunden)</translation>
        </message>
        <message>
            <source>0 means one slow movement, without a hold.</source>
            <translation>0 bedeutet eine langsame Bewegung ohne Halten.</translation>
        </message>
        <message>
            <source>Rest between sets (seconds)</source>
            <translation>Pause zwischen den Sätzen (Sekunden)</translation>
        </message>
        <message>
            <source>The exercise's picture</source>
            <translation>Bild der Übung</translation>
        </message>
        <message>
            <source>No picture.</source>
            <translation>Kein Bild.</translation>
        </message>
        <message>
            <source>Choose a picture…</source>
            <translation>Bild auswählen…</translation>
        </message>
        <message>
            <source>Remove the picture</source>
            <translation>Bild entfernen</translation>
        </message>
        <message>
            <source>Picture (optional)</source>
            <translation>Bild (freiwillig)</translation>
        </message>
        <message>
            <source>A photo or drawing of the position helps. PNG or JPEG; large pictures are made smaller.</source>
            <translation>Ein Foto oder eine Zeichnung der Haltung hilft. PNG oder JPEG; große Bilder werden verkleinert.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Abbrechen ohne zu speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the exercise</source>
            <translation>Übung speichern</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Bild auswählen</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation>Bilder ({patterns})</translation>
        </message>
        <message>
            <source>Please give the exercise a name.</source>
            <translation>Bitte geben Sie der Übung einen Namen.</translation>
        </message>
        <message>
            <source>The instructions are too long: {count} characters, at most {limit}.</source>
            <translation>Die Anleitung ist zu lang: {count} Zeichen, höchstens {limit}.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Close without saving?</source>
            <translation>Schließen ohne zu speichern?</translation>
        </message>
        <message>
            <source>Close without saving the exercise?</source>
            <translation>Schließen, ohne die Übung zu speichern?</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Schließen ohne zu speichern</translation>
        </message>
    </context>
    <context>
        <name>ExercisePlayer</name>
        <message>
            <source>Hold it, and keep breathing.</source>
            <translation>Halten Sie die Stellung und atmen Sie weiter.</translation>
        </message>
        <message>
            <source>One slow, gentle movement.</source>
            <translation>Eine langsame, sanfte Bewegung.</translation>
        </message>
        <message>
            <source>Get into position.</source>
            <translation>Gehen Sie in die Ausgangsstellung.</translation>
        </message>
        <message>
            <source>Let go gently.</source>
            <translation>Sanft lösen.</translation>
        </message>
        <message>
            <source>Rest before the next set.</source>
            <translation>Pause vor dem nächsten Satz.</translation>
        </message>
        <message>
            <source>Press “Resume” or the space bar to go on.</source>
            <translation>Drücken Sie „Fortsetzen“ oder die Leertaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Restzeit in diesem Schritt</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Skip the rest</source>
            <translation>Rest überspringen</translation>
        </message>
        <message>
            <source>Finish now</source>
            <translation>Jetzt beenden</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Gut gemacht</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Nicht speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save how it went</source>
            <translation>Speichern, wie es lief</translation>
        </message>
        <message>
            <source>Finish now?</source>
            <translation>Jetzt beenden?</translation>
        </message>
        <message>
            <source>Finish the exercise now?</source>
            <translation>Die Übung jetzt beenden?</translation>
        </message>
        <message>
            <source>What you did so far counts, and you can still log it.</source>
            <translation>Was Sie bisher gemacht haben, zählt, und Sie können es noch eintragen.</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Repetition {n} of {total}</source>
            <translation>Wiederholung {n} von {total}</translation>
        </message>
        <message>
            <source>Set {n} of {total}</source>
            <translation>Satz {n} von {total}</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>second</source>
            <translation>Sekunde</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>You did {done} of {planned} repetitions of “{name}”.</source>
            <translation>Sie haben {done} von {planned} Wiederholungen von „{name}“ gemacht.</translation>
        </message>
    </context>
    <context>
        <name>Exercises</name>
        <message>
            <source>{sets} of {reps}</source>
            <translation>{sets} mit je {reps}</translation>
        </message>
        <message>
            <source>hold {seconds} s</source>
            <translation>{seconds} s halten</translation>
        </message>
        <message>
            <source>slow movements</source>
            <translation>langsame Bewegungen</translation>
        </message>
        <message>
            <source>Do {sets} of {reps}.</source>
            <translation>Machen Sie {sets} mit je {reps}.</translation>
        </message>
        <message>
            <source>Hold each repetition for {time}.</source>
            <translation>Halten Sie jede Wiederholung {time}.</translation>
        </message>
        <message>
            <source>Each repetition is one slow movement, without a hold.</source>
            <translation>Jede Wiederholung ist eine langsame Bewegung ohne Halten.</translation>
        </message>
        <message>
            <source>Rest {time} between sets.</source>
            <translation>Machen Sie {time} Pause zwischen den Sätzen.</translation>
        </message>
        <message>
            <source>No rest between sets.</source>
            <translation>Keine Pause zwischen den Sätzen.</translation>
        </message>
        <message>
            <source>How is your pain now?</source>
            <translation>Wie stark sind Ihre Schmerzen jetzt?</translation>
        </message>
        <message>
            <source>For example: easier than last time</source>
            <translation>Zum Beispiel: leichter als letztes Mal</translation>
        </message>
        <message>
            <source>How many repetitions did you do?</source>
            <translation>Wie viele Wiederholungen haben Sie gemacht?</translation>
        </message>
        <message>
            <source>How hard was it?</source>
            <translation>Wie anstrengend war es?</translation>
        </message>
        <message>
            <source>A note (optional)</source>
            <translation>Eine Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>Please choose how hard it was.</source>
            <translation>Bitte wählen Sie, wie anstrengend es war.</translation>
        </message>
        <message>
            <source>There is no profile to save to.</source>
            <translation>Es gibt kein Profil zum Speichern.</translation>
        </message>
        <message>
            <source>Log “{name}” as done</source>
            <translation>„{name}“ als erledigt eintragen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save this as done</source>
            <translation>Als erledigt speichern</translation>
        </message>
        <message>
            <source>starter set</source>
            <translation>Startpaket</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>All body regions</source>
            <translation>Alle Körperbereiche</translation>
        </message>
        <message>
            <source>Body region:</source>
            <translation>Körperbereich:</translation>
        </message>
        <message>
            <source>Show archived exercises</source>
            <translation>Archivierte Übungen zeigen</translation>
        </message>
        <message>
            <source>Picture of the exercise</source>
            <translation>Bild der Übung</translation>
        </message>
        <message>
            <source>Choose an exercise to see it here.</source>
            <translation>Wählen Sie eine Übung, um sie hier zu sehen.</translation>
        </message>
        <message>
            <source>Back to all exercises</source>
            <translation>Zurück zu allen Übungen</translation>
        </message>
        <message>
            <source>Start this exercise</source>
            <translation>Diese Übung starten</translation>
        </message>
        <message>
            <source>I did it without the player</source>
            <translation>Ich habe sie ohne Anleitung gemacht</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>No exercises yet. Add the ones your physiotherapist gave you.</source>
            <translation>Noch keine Übungen. Fügen Sie die Übungen hinzu, die Ihnen Ihre Physiotherapie gegeben hat.</translation>
        </message>
        <message>
            <source>No exercises for “{region}”. Choose another body region, or add one with “Add an exercise”.</source>
            <translation>Keine Übungen für „{region}“. Wählen Sie einen anderen Körperbereich oder fügen Sie eine mit „Übung hinzufügen“ hinzu.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>from ColdCare's starter set</source>
            <translation>aus dem Startpaket von ColdCare</translation>
        </message>
        <message>
            <source>your own exercise</source>
            <translation>Ihre eigene Übung</translation>
        </message>
        <message>
            <source>This exercise is archived: it is not offered for plans. Its history is kept. Restore it to use it again.</source>
            <translation>Diese Übung ist archiviert: Sie wird für Pläne nicht angeboten. Ihr Verlauf bleibt erhalten. Stellen Sie sie wieder her, um sie wieder zu nutzen.</translation>
        </message>
        <message>
            <source>“{name}” is saved.</source>
            <translation>„{name}“ ist gespeichert.</translation>
        </message>
        <message>
            <source>Saved as done. Well done.</source>
            <translation>Als erledigt gespeichert. Gut gemacht.</translation>
        </message>
        <message>
            <source>“{name}” is back in the list.</source>
            <translation>„{name}“ ist wieder in der Liste.</translation>
        </message>
        <message>
            <source>“{name}” is archived. Its history is kept; tick “Show archived exercises” to restore it.</source>
            <translation>„{name}“ ist archiviert. Der Verlauf bleibt erhalten; kreuzen Sie „Archivierte Übungen zeigen“ an, um sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>Archive this exercise?</source>
            <translation>Diese Übung archivieren?</translation>
        </message>
        <message>
            <source>Archive “{name}”?</source>
            <translation>„{name}“ archivieren?</translation>
        </message>
        <message>
            <source>It leaves the list and is no longer offered for plans. Everything you logged for it is kept, and you can restore it at any time.</source>
            <translation>Sie verschwindet aus der Liste und wird für Pläne nicht mehr angeboten. Alles, was Sie dazu eingetragen haben, bleibt erhalten, und Sie können sie jederzeit wiederherstellen.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Nicht geändert: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n sets</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repetitions</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repetition</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Could not save {path}: the disk is full. Free some space or choose another place, then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Der Datenträger ist voll. Schaffen Sie Platz oder wählen Sie einen anderen Ort und versuchen Sie es dann erneut. Es wurde nichts geändert. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: it cannot be written there (a read-only folder, or the file is open in another program). Choose another folder or close the file, then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Dort kann nicht geschrieben werden (ein schreibgeschützter Ordner oder die Datei ist in einem anderen Programm geöffnet). Wählen Sie einen anderen Ordner oder schließen Sie die Datei und versuchen Sie es dann erneut. Es wurde nichts geändert. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: the folder does not exist. Choose another folder, then try again. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Der Ordner existiert nicht. Wählen Sie einen anderen Ordner und versuchen Sie es dann erneut. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: that is the name of a folder. Choose a file name, then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Das ist der Name eines Ordners. Wählen Sie einen Dateinamen und versuchen Sie es dann erneut. Es wurde nichts geändert. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: that is not an ordinary file (a device or a pipe, for example). Choose a file name, then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Das ist keine gewöhnliche Datei (zum Beispiel ein Gerät oder eine Pipe). Wählen Sie einen Dateinamen und versuchen Sie es dann erneut. Es wurde nichts verändert. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: the name is too long for the disk. Choose a shorter name, then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Der Name ist für das Laufwerk zu lang. Wählen Sie einen kürzeren Namen und versuchen Sie es dann erneut. Es wurde nichts verändert. ({cause})</translation>
        </message>
        <message>
            <source>Could not save {path}: the disk reported an error. Check the disk (or reconnect it), then try again. Nothing was changed. ({cause})</source>
            <translation>{path} konnte nicht gespeichert werden: Der Datenträger hat einen Fehler gemeldet. Prüfen Sie den Datenträger (oder schließen Sie ihn neu an) und versuchen Sie es dann erneut. Es wurde nichts geändert. ({cause})</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>No feeling in the skin here</source>
            <translation>Kein Gefühl in der Haut hier</translation>
        </message>
        <message>
            <source>Poor circulation here</source>
            <translation>Schlechte Durchblutung hier</translation>
        </message>
        <message>
            <source>A nerve here is healing</source>
            <translation>Ein Nerv heilt hier gerade</translation>
        </message>
        <message>
            <source>Frostbite or cold injury here before</source>
            <translation>Früher Erfrierung oder Kälteschaden hier</translation>
        </message>
        <message>
            <source>Open wound, rash or infection here</source>
            <translation>Offene Wunde, Ausschlag oder Entzündung hier</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Everything since the first record</source>
            <translation>Alles seit dem ersten Eintrag</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>Angezeigter Zeitraum</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Schmerzverlauf</translation>
        </message>
        <message>
            <source>No pain ratings yet in this period. Rate your pain on Today.</source>
            <translation>In diesem Zeitraum noch keine Schmerzwerte. Bewerten Sie Ihre Schmerzen unter Heute.</translation>
        </message>
        <message>
            <source>Go to Today</source>
            <translation>Zu Heute</translation>
        </message>
        <message>
            <source>Go to Today to rate your pain</source>
            <translation>Zu Heute, um Ihre Schmerzen zu bewerten</translation>
        </message>
        <message>
            <source>Before and after each session</source>
            <translation>Vor und nach jeder Anwendung</translation>
        </message>
        <message>
            <source>Pain (0 to 10) before and after the most recent sessions.</source>
            <translation>Schmerz (0 bis 10) vor und nach den letzten Anwendungen.</translation>
        </message>
        <message>
            <source>No session in this period has pain rated before and after.</source>
            <translation>Keine Anwendung in diesem Zeitraum hat einen Schmerzwert davor und danach.</translation>
        </message>
        <message>
            <source>What helps you</source>
            <translation>Was Ihnen hilft</translation>
        </message>
        <message>
            <source>For each spot and kind of cold: how much pain changed on average, and how often it dropped enough to make a real difference.</source>
            <translation>Für jede Stelle und Kälteart: wie stark sich der Schmerz im Durchschnitt verändert hat und wie oft er so weit gesunken ist, dass es einen echten Unterschied machte.</translation>
        </message>
        <message>
            <source>Not enough sessions yet to compare.</source>
            <translation>Noch nicht genug Anwendungen für einen Vergleich.</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Quelle: {source}</translation>
        </message>
        <message>
            <source>Doing the plan</source>
            <translation>Plan einhalten</translation>
        </message>
        <message>
            <source>What was done of what was planned; skipped ones had a reason.</source>
            <translation>Was vom Geplanten erledigt wurde; ausgelassene hatten einen Grund.</translation>
        </message>
        <message>
            <source>Week by week, newest first</source>
            <translation>Woche für Woche, neueste zuerst</translation>
        </message>
        <message>
            <source>Warning signs and alerts</source>
            <translation>Warnzeichen und Hinweise</translation>
        </message>
        <message>
            <source>Sessions stopped for a warning sign, and patterns worth telling your physiotherapist about.</source>
            <translation>Wegen eines Warnzeichens abgebrochene Anwendungen und Auffälligkeiten, die Sie Ihrer Physiotherapie erzählen sollten.</translation>
        </message>
        <message>
            <source>Cold sessions: {done}</source>
            <translation>Kälteanwendungen: {done}</translation>
        </message>
        <message>
            <source>Exercises: {done}</source>
            <translation>Übungen: {done}</translation>
        </message>
        <message>
            <source>No warning signs and no alerts.</source>
            <translation>Keine Warnzeichen und keine Hinweise.</translation>
        </message>
        <message>
            <source>Pain stayed at {latest} (7-day average)</source>
            <translation>Schmerz blieb bei {latest} (7-Tage-Durchschnitt)</translation>
        </message>
        <message>
            <source>Pain went from {first} to {latest} (7-day average) — {by} points lower</source>
            <translation>Schmerz von {first} auf {latest} gesunken (7-Tage-Durchschnitt) – {by} Punkte weniger</translation>
        </message>
        <message>
            <source>Pain went from {first} to {latest} (7-day average) — {by} points higher</source>
            <translation>Schmerz von {first} auf {latest} gestiegen (7-Tage-Durchschnitt) – {by} Punkte mehr</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht eingetragen</translation>
        </message>
        <message>
            <source>{when} — warning sign at the {site}: {signs}.</source>
            <translation>{when} – Warnzeichen ({site}): {signs}.</translation>
        </message>
        <message>
            <source>{when} — warning sign: {signs}.</source>
            <translation>{when} – Warnzeichen: {signs}.</translation>
        </message>
        <message>
            <source>No cold there until {when}.</source>
            <translation>Keine Kälte an dieser Stelle bis {when}.</translation>
        </message>
        <message>
            <source>A doctor's check was asked for.</source>
            <translation>Eine ärztliche Kontrolle wurde empfohlen.</translation>
        </message>
        <message>
            <source>Emergency help was advised.</source>
            <translation>Notfallhilfe wurde empfohlen.</translation>
        </message>
        <message>
            <source>(Changed afterwards.)</source>
            <translation>(Nachträglich geändert.)</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>niedriger</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>höher</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>keine Veränderung</translation>
        </message>
        <message>
            <source>{direction}, a meaningful change</source>
            <translation>{direction}, eine spürbare Veränderung</translation>
        </message>
        <message>
            <source>{part} of {whole} ({percent} %)</source>
            <translation>{part} von {whole} ({percent} %)</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>nichts geplant</translation>
        </message>
        <message>
            <source>{share} done, {skipped} skipped, {missed} missed</source>
            <translation>{share} erledigt, {skipped} ausgelassen, {missed} verpasst</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d. MMM yyyy</translation>
        </message>
        <message>
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>{site}, {modality}</source>
            <translation>{site}, {modality}</translation>
        </message>
        <message>
            <source>Pain before and after each session</source>
            <translation>Schmerz vor und nach jeder Anwendung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>What helps: change in pain per spot and kind of cold</source>
            <translation>Was hilft: Veränderung des Schmerzes je Stelle und Kälteart</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>Meaningful</source>
            <translation>Spürbar</translation>
        </message>
        <message>
            <source>{part} of {whole} sessions ({percent} %)</source>
            <translation>{part} von {whole} Anwendungen ({percent} %)</translation>
        </message>
        <message>
            <source>Plan done per week</source>
            <translation>Plan erledigt pro Woche</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verpasst</translation>
        </message>
        <message>
            <source>{share} done</source>
            <translation>{share} erledigt</translation>
        </message>
    </context>
    <context>
        <name>InSentence</name>
        <message>
            <source>pink or normal</source>
            <translation>rosa oder normal</translation>
        </message>
        <message>
            <source>bright red</source>
            <translation>leuchtend rot</translation>
        </message>
        <message>
            <source>white</source>
            <translation>weiß</translation>
        </message>
        <message>
            <source>grey, blue or waxy</source>
            <translation>grau, blau oder wachsartig</translation>
        </message>
        <message>
            <source>hives or welts</source>
            <translation>Nesselausschlag oder Quaddeln</translation>
        </message>
        <message>
            <source>blisters</source>
            <translation>Blasen</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kalt</translation>
        </message>
        <message>
            <source>burning</source>
            <translation>brennend</translation>
        </message>
        <message>
            <source>aching</source>
            <translation>schmerzend</translation>
        </message>
        <message>
            <source>numb</source>
            <translation>taub</translation>
        </message>
        <message>
            <source>intense burning or stinging</source>
            <translation>starkes Brennen oder Stechen</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>just right</source>
            <translation>genau richtig</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>schwer</translation>
        </message>
        <message>
            <source>too hard</source>
            <translation>zu schwer</translation>
        </message>
        <message>
            <source>fine</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>uncomfortable</source>
            <translation>unangenehm</translation>
        </message>
        <message>
            <source>unwell afterwards</source>
            <translation>danach unwohl</translation>
        </message>
        <message>
            <source>before a session</source>
            <translation>vor einer Anwendung</translation>
        </message>
        <message>
            <source>after a session</source>
            <translation>nach einer Anwendung</translation>
        </message>
        <message>
            <source>30 minutes after</source>
            <translation>30 Minuten danach</translation>
        </message>
        <message>
            <source>daily check-in</source>
            <translation>tägliche Schmerzabfrage</translation>
        </message>
        <message>
            <source>after exercise</source>
            <translation>nach der Übung</translation>
        </message>
        <message>
            <source>nothing between pack and skin</source>
            <translation>nichts zwischen Kältepack und Haut</translation>
        </message>
        <message>
            <source>a thin damp cloth</source>
            <translation>ein dünnes feuchtes Tuch</translation>
        </message>
        <message>
            <source>a dry cloth</source>
            <translation>ein trockenes Tuch</translation>
        </message>
        <message>
            <source>the pack's own cover</source>
            <translation>die Hülle des Kältepacks</translation>
        </message>
        <message>
            <source>two layers of cloth</source>
            <translation>zwei Lagen Stoff</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>{words} ({key})</source>
            <translation>{words} ({key})</translation>
        </message>
        <message>
            <source>Start a cold session (open the set-up)</source>
            <translation>Eine Kälteanwendung starten (die Vorbereitung öffnen)</translation>
        </message>
        <message>
            <source>Set-up: next step, then start the timer</source>
            <translation>Vorbereitung: nächster Schritt, dann den Timer starten</translation>
        </message>
        <message>
            <source>Pause or resume the countdown</source>
            <translation>Den Countdown anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Done: answer the alarm or the finished skin check</source>
            <translation>Erledigt: den Alarm oder die fertige Hautkontrolle bestätigen</translation>
        </message>
        <message>
            <source>I took the pack off: end the session now</source>
            <translation>Ich habe das Kältepack abgenommen: die Anwendung jetzt beenden</translation>
        </message>
        <message>
            <source>Stop: something is wrong</source>
            <translation>Stopp: Etwas stimmt nicht</translation>
        </message>
        <message>
            <source>Remind me later (snooze the reminder)</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Go to a page: Alt+1 to Alt+6</source>
            <translation>Zu einer Seite gehen: Alt+1 bis Alt+6</translation>
        </message>
        <message>
            <source>Quit ColdCare</source>
            <translation>ColdCare beenden</translation>
        </message>
        <message>
            <source>Show this list</source>
            <translation>Diese Liste zeigen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Was sie tun</translation>
        </message>
        <message>
            <source>Tab moves between controls, arrow keys between answers, Enter or Space chooses.</source>
            <translation>Tab wechselt zwischen Bedienelementen, die Pfeiltasten zwischen Antworten, Eingabe oder Leertaste wählt aus.</translation>
        </message>
        <message>
            <source>Close the list</source>
            <translation>Die Liste schließen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>Modality</name>
        <message>
            <source>Gel pack</source>
            <translation>Gelkompresse</translation>
        </message>
        <message>
            <source>Bag of ice</source>
            <translation>Eisbeutel</translation>
        </message>
        <message>
            <source>Bag of frozen vegetables</source>
            <translation>Beutel gefrorenes Gemüse</translation>
        </message>
        <message>
            <source>Instant cold pack</source>
            <translation>Sofort-Kältekompresse</translation>
        </message>
        <message>
            <source>Ice massage</source>
            <translation>Eismassage</translation>
        </message>
        <message>
            <source>Cold water bath</source>
            <translation>Kaltwasserbad</translation>
        </message>
        <message>
            <source>Cold compression device</source>
            <translation>Kälte-Kompressionsgerät</translation>
        </message>
        <message>
            <source>Cool wet cloth</source>
            <translation>Kühles nasses Tuch</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy</source>
            <translation>Ganzkörper-Kältetherapie</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy</translation>
        </message>
        <message>
            <source>Pain trend chart</source>
            <translation>Diagramm des Schmerzverlaufs</translation>
        </message>
        <message>
            <source>Pain from 0 (none) to 10 (worst) — lower is better</source>
            <translation>Schmerz von 0 (keiner) bis 10 (am schlimmsten) – niedriger ist besser</translation>
        </message>
        <message>
            <source>{dot} each day's average    {line} 7-day average</source>
            <translation>{dot} Tagesdurchschnitt    {line} 7-Tage-Durchschnitt</translation>
        </message>
    </context>
    <context>
        <name>PainContext</name>
        <message>
            <source>Before a session</source>
            <translation>Vor einer Anwendung</translation>
        </message>
        <message>
            <source>After a session</source>
            <translation>Nach einer Anwendung</translation>
        </message>
        <message>
            <source>30 minutes after</source>
            <translation>30 Minuten danach</translation>
        </message>
        <message>
            <source>Daily check-in</source>
            <translation>Tägliche Schmerzabfrage</translation>
        </message>
        <message>
            <source>After exercise</source>
            <translation>Nach der Übung</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>no pain</source>
            <translation>keine Schmerzen</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>{value} — {band}</source>
            <translation>{value} – {band}</translation>
        </message>
        <message>
            <source>{value} out of 10, {band}</source>
            <translation>{value} von 10, {band}</translation>
        </message>
        <message>
            <source>Pain from 0 to 10</source>
            <translation>Schmerz von 0 bis 10</translation>
        </message>
        <message>
            <source>0 means no pain. 10 means the worst pain you can imagine.</source>
            <translation>0 bedeutet keine Schmerzen. 10 bedeutet die schlimmsten Schmerzen, die Sie sich vorstellen können.</translation>
        </message>
        <message>
            <source>worst pain you can imagine</source>
            <translation>schlimmste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>Choose a number from 0 to 10</source>
            <translation>Wählen Sie eine Zahl von 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>PainStats</name>
        <message>
            <source>A drop of 2 points or 30 % is a clinically meaningful change (Farrar et al., Pain 2001; Ostelo et al., Spine 2008).</source>
            <translation>Ein Rückgang um 2 Punkte oder 30 % ist eine klinisch bedeutsame Veränderung (Farrar et al., Pain 2001; Ostelo et al., Spine 2008).</translation>
        </message>
        <message>
            <source>PEG: average of pain, enjoyment of life and general activity, each 0 to 10 (Krebs et al., J Gen Intern Med 2009). About 1 point is a meaningful change (Reed et al., J Pain 2024).</source>
            <translation>PEG: Durchschnitt aus Schmerz, Lebensfreude und allgemeiner Aktivität, jeweils 0 bis 10 (Krebs et al., J Gen Intern Med 2009). Etwa 1 Punkt ist eine bedeutsame Veränderung (Reed et al., J Pain 2024).</translation>
        </message>
        <message>
            <source>Pain of 7 or more on {count} days: {dates}</source>
            <translation>Schmerz von 7 oder mehr an {count} Tagen: {dates}</translation>
        </message>
        <message>
            <source>Pain rising: the last 7-day mean is {rise:.1f} points above the first</source>
            <translation>Schmerz steigt: Der letzte 7-Tage-Durchschnitt liegt {rise:.1f} Punkte über dem ersten</translation>
        </message>
        <message>
            <source>No pain entries for {days} days, from {start} to {end}</source>
            <translation>{days} Tage ohne Schmerzeintrag, von {start} bis {end}</translation>
        </message>
        <message>
            <source>Pain of 7 or more on 1 day: {dates}</source>
            <translation>Schmerz von 7 oder mehr an 1 Tag: {dates}</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Vorzeitig beendet</translation>
        </message>
        <message>
            <source>Stopped for a warning sign</source>
            <translation>Wegen eines Warnzeichens abgebrochen</translation>
        </message>
        <message>
            <source>Interrupted (the app closed)</source>
            <translation>Unterbrochen (die App wurde geschlossen)</translation>
        </message>
        <message>
            <source>skin normal</source>
            <translation>Haut normal</translation>
        </message>
        <message>
            <source>bright red</source>
            <translation>leuchtend rot</translation>
        </message>
        <message>
            <source>white</source>
            <translation>weiß</translation>
        </message>
        <message>
            <source>grey, blue or waxy</source>
            <translation>grau, blau oder wachsartig</translation>
        </message>
        <message>
            <source>hives</source>
            <translation>Nesselausschlag</translation>
        </message>
        <message>
            <source>blisters</source>
            <translation>Blasen</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kalt</translation>
        </message>
        <message>
            <source>burning</source>
            <translation>brennend</translation>
        </message>
        <message>
            <source>aching</source>
            <translation>schmerzend</translation>
        </message>
        <message>
            <source>numb</source>
            <translation>taub</translation>
        </message>
        <message>
            <source>intense burning</source>
            <translation>stark brennend</translation>
        </message>
        <message>
            <source>pain better than at the start</source>
            <translation>Schmerz besser als zu Beginn</translation>
        </message>
        <message>
            <source>pain as at the start</source>
            <translation>Schmerz wie zu Beginn</translation>
        </message>
        <message>
            <source>pain worse than at the start</source>
            <translation>Schmerz schlimmer als zu Beginn</translation>
        </message>
        <message>
            <source>tingling</source>
            <translation>Kribbeln</translation>
        </message>
        <message>
            <source>weakness</source>
            <translation>Schwäche</translation>
        </message>
        <message>
            <source>dizziness</source>
            <translation>Schwindel</translation>
        </message>
        <message>
            <source>swollen lips or throat</source>
            <translation>geschwollene Lippen oder geschwollener Hals</translation>
        </message>
        <message>
            <source>wheezing</source>
            <translation>pfeifende Atmung</translation>
        </message>
        <message>
            <source>Skin check</source>
            <translation>Hautkontrolle</translation>
        </message>
        <message>
            <source>Stop button</source>
            <translation>Stopp-Taste</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Nach der Anwendung</translation>
        </message>
        <message>
            <source>30-minute follow-up</source>
            <translation>Nachkontrolle nach 30 Minuten</translation>
        </message>
        <message>
            <source>After the app closed</source>
            <translation>Nachdem die App geschlossen wurde</translation>
        </message>
        <message>
            <source>all well at follow-up</source>
            <translation>bei der Nachkontrolle alles gut</translation>
        </message>
        <message>
            <source>told to seek medical advice</source>
            <translation>aufgefordert, ärztlichen Rat einzuholen</translation>
        </message>
        <message>
            <source>told to seek urgent medical advice</source>
            <translation>aufgefordert, dringend ärztlichen Rat einzuholen</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Uncomfortable</source>
            <translation>Unangenehm</translation>
        </message>
        <message>
            <source>Unwell</source>
            <translation>Unwohl</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Kälte</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Self-reported in {app}, not verified by {app}. Made {when}.</source>
            <translation>Selbst eingetragen in {app}, nicht geprüft von {app}. Erstellt {when}.</translation>
        </message>
        <message>
            <source>Entered by a caregiver in {app}, not verified by {app}. Made {when}.</source>
            <translation>Von einer Betreuungsperson eingetragen, von {app} nicht geprüft. Erstellt {when}.</translation>
        </message>
        <message>
            <source>Entered by a clinician in {app}, not verified by {app}. Made {when}.</source>
            <translation>Von einer Fachperson eingetragen, von {app} nicht geprüft. Erstellt {when}.</translation>
        </message>
        <message>
            <source>{count} day</source>
            <translation>{count} Tag</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} Tage</translation>
        </message>
        <message>
            <source>{count} skin check</source>
            <translation>{count} Hautkontrolle</translation>
        </message>
        <message>
            <source>{count} skin checks</source>
            <translation>{count} Hautkontrollen</translation>
        </message>
        <message>
            <source>{count} cold session</source>
            <translation>{count} Kälteanwendung</translation>
        </message>
        <message>
            <source>{count} cold sessions</source>
            <translation>{count} Kälteanwendungen</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>keine Schmerzen</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>Pain and cold therapy summary: {name}</source>
            <translation>Zusammenfassung Schmerz und Kältetherapie: {name}</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>An exercise no longer in the library</source>
            <translation>Eine Übung, die nicht mehr in der Sammlung ist</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>{first} to {last} ({days})</source>
            <translation>{first} bis {last} ({days})</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>{caption} (continued)</source>
            <translation>{caption} (Fortsetzung)</translation>
        </message>
        <message>
            <source>† Edited after it was entered; the audit trail is kept in ColdCare.</source>
            <translation>† Nachträglich bearbeitet; das Änderungsprotokoll wird in ColdCare aufbewahrt.</translation>
        </message>
        <message>
            <source>Pain and cold therapy summary</source>
            <translation>Zusammenfassung Schmerz und Kältetherapie</translation>
        </message>
        <message>
            <source>{name}, born {year}</source>
            <translation>{name}, geboren {year}</translation>
        </message>
        <message>
            <source>Self-reported at home in ColdCare by {person}.</source>
            <translation>Zu Hause in ColdCare selbst eingetragen von {person}.</translation>
        </message>
        <message>
            <source>Entered at home in ColdCare by a caregiver, {helper}, for {person}.</source>
            <translation>Zu Hause in ColdCare eingetragen von einer Betreuungsperson, {helper}, für {person}.</translation>
        </message>
        <message>
            <source>Entered at home in ColdCare by a caregiver for {person}.</source>
            <translation>Zu Hause in ColdCare von einer Betreuungsperson eingetragen für {person}.</translation>
        </message>
        <message>
            <source>Entered in ColdCare by a clinician, {helper}, for {person}.</source>
            <translation>In ColdCare eingetragen von einer Fachperson, {helper}, für {person}.</translation>
        </message>
        <message>
            <source>Entered in ColdCare by a clinician for {person}.</source>
            <translation>In ColdCare von einer Fachperson eingetragen für {person}.</translation>
        </message>
        <message>
            <source>ColdCare has not verified these records.</source>
            <translation>ColdCare hat diese Einträge nicht geprüft.</translation>
        </message>
        <message>
            <source>No records in this period</source>
            <translation>Keine Einträge in diesem Zeitraum</translation>
        </message>
        <message>
            <source>Nothing was entered from {first} to {last}: no pain ratings, cold sessions, exercises or warning signs.</source>
            <translation>Von {first} bis {last} wurde nichts eingetragen: keine Schmerzwerte, Kälteanwendungen, Übungen oder Warnzeichen.</translation>
        </message>
        <message>
            <source>No warning signs during or after cold.</source>
            <translation>Keine Warnzeichen während oder nach der Kälte.</translation>
        </message>
        <message>
            <source>No pain of 7 or more, no rising trend, no gap of 3 days or more without pain entries.</source>
            <translation>Kein Schmerz von 7 oder mehr, kein steigender Trend, keine Lücke von 3 oder mehr Tagen ohne Schmerzeintrag.</translation>
        </message>
        <message>
            <source>Alerts and warning signs</source>
            <translation>Hinweise und Warnzeichen</translation>
        </message>
        <message>
            <source>Warning sign: {what}</source>
            <translation>Warnzeichen: {what}</translation>
        </message>
        <message>
            <source>No cold anywhere until a clinician review is recorded (since {day}).</source>
            <translation>An keiner Stelle Kälte, bis eine ärztliche Beurteilung eingetragen ist (seit {day}).</translation>
        </message>
        <message>
            <source>… and {count} more, listed under “{section}”.</source>
            <translation>… und {count} weitere, aufgeführt unter „{section}“.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
        </message>
        <message>
            <source>Pain at the start and at the end</source>
            <translation>Schmerz am Anfang und am Ende</translation>
        </message>
        <message>
            <source>No pain ratings in this period.</source>
            <translation>Keine Schmerzwerte in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>First 7 days (baseline)</source>
            <translation>Erste 7 Tage (Ausgangswert)</translation>
        </message>
        <message>
            <source>Last 7 days (latest)</source>
            <translation>Letzte 7 Tage (aktuell)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>PEG score, first → latest</source>
            <translation>PEG-Wert, erster → letzter</translation>
        </message>
        <message>
            <source>{count} weekly answers</source>
            <translation>{count} wöchentliche Antworten</translation>
        </message>
        <message>
            <source>PEG score</source>
            <translation>PEG-Wert</translation>
        </message>
        <message>
            <source>one weekly answer</source>
            <translation>eine wöchentliche Antwort</translation>
        </message>
        <message>
            <source>mean pain, {band}</source>
            <translation>durchschnittlicher Schmerz, {band}</translation>
        </message>
        <message>
            <source>{share} better: meaningful</source>
            <translation>{share} besser: bedeutsam</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>better, not meaningful</source>
            <translation>besser, nicht bedeutsam</translation>
        </message>
        <message>
            <source>no meaningful change</source>
            <translation>keine bedeutsame Veränderung</translation>
        </message>
        <message>
            <source>Pain over the period (0 to 10, lower is better)</source>
            <translation>Schmerz im Zeitraum (0 bis 10, niedriger ist besser)</translation>
        </message>
        <message>
            <source>0 = no pain, 10 = worst imaginable. From the daily check-ins and the ratings before sessions. Breaks in the line are gaps of 3 days or more without pain entries.</source>
            <translation>0 = keine Schmerzen, 10 = schlimmste vorstellbare Schmerzen. Aus den täglichen Schmerzabfragen und den Werten vor Anwendungen. Lücken in der Linie sind 3 oder mehr Tage ohne Schmerzeintrag.</translation>
        </message>
        <message>
            <source>Cold sessions: which place and kind of cold help</source>
            <translation>Kälteanwendungen: welche Stelle und Kälteart helfen</translation>
        </message>
        <message>
            <source>{sessions}; {rated} with pain rated before and after; {stopped} stopped early or for a warning sign.</source>
            <translation>{sessions}; {rated} mit Schmerzwert davor und danach; {stopped} vorzeitig oder wegen eines Warnzeichens beendet.</translation>
        </message>
        <message>
            <source>{count} of {total} ({share})</source>
            <translation>{count} von {total} ({share})</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Kind of cold</source>
            <translation>Kälteart</translation>
        </message>
        <message>
            <source>Sessions rated</source>
            <translation>Bewertete Anwendungen</translation>
        </message>
        <message>
            <source>Mean change in pain</source>
            <translation>Mittlere Änderung</translation>
        </message>
        <message>
            <source>Meaningful drop</source>
            <translation>Bedeutsamer Rückgang</translation>
        </message>
        <message>
            <source>Plan kept (done ÷ planned, up to now)</source>
            <translation>Plan eingehalten (erledigt ÷ geplant, bis jetzt)</translation>
        </message>
        <message>
            <source>Nothing planned was due in this period.</source>
            <translation>In diesem Zeitraum war nichts Geplantes fällig.</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Skipped with a reason</source>
            <translation>Mit Grund ausgelassen</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verpasst</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Eingehalten</translation>
        </message>
        <message>
            <source>told to call emergency services</source>
            <translation>aufgefordert, den Notruf zu wählen</translation>
        </message>
        <message>
            <source>no cold until a clinician review</source>
            <translation>keine Kälte bis zur ärztlichen Beurteilung</translation>
        </message>
        <message>
            <source>no cold at this place until {when}</source>
            <translation>keine Kälte an dieser Stelle bis {when}</translation>
        </message>
        <message>
            <source>All alerts</source>
            <translation>Alle Hinweise</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Schmerzabfrage</translation>
        </message>
        <message>
            <source>Sessions: before → after (30 min)</source>
            <translation>Anwendungen: vor → nach (30 Min.)</translation>
        </message>
        <message>
            <source>After exercise</source>
            <translation>Nach der Übung</translation>
        </message>
        <message>
            <source>Mean of the day</source>
            <translation>Durchschnitt des Tages</translation>
        </message>
        <message>
            <source>7-day mean</source>
            <translation>7-Tage-Durchschnitt</translation>
        </message>
        <message>
            <source>Pain by day (0 to 10)</source>
            <translation>Schmerz pro Tag (0 bis 10)</translation>
        </message>
        <message>
            <source>The means use the check-ins and the ratings before sessions, as the chart does. Notes are the person's own words, in italics under the day.</source>
            <translation>Die Durchschnitte nutzen die Schmerzabfragen und die Werte vor Anwendungen, wie das Diagramm. Notizen sind die eigenen Worte der Person, kursiv unter dem Tag.</translation>
        </message>
        <message>
            <source>Weekly pain questions (PEG)</source>
            <translation>Wöchentliche Schmerzfragen (PEG)</translation>
        </message>
        <message>
            <source>No PEG answers in this period.</source>
            <translation>Keine PEG-Antworten in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Enjoyment of life</source>
            <translation>Lebensfreude</translation>
        </message>
        <message>
            <source>General activity</source>
            <translation>Allgemeine Aktivität</translation>
        </message>
        <message>
            <source>PEG answers (0 to 10, lower is better)</source>
            <translation>PEG-Antworten (0 bis 10, niedriger ist besser)</translation>
        </message>
        <message>
            <source>No cold sessions in this period.</source>
            <translation>Keine Kälteanwendungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Cold sessions</source>
            <translation>Kälteanwendungen</translation>
        </message>
        <message>
            <source>Minutes: how long the pack was on (pauses and off-phases left out) / minutes of cold planned. Pain: before → after the session (0 to 10). Under each session: the barrier, then the skin checks (how many, how the skin looked, the last answers on sensation and pain).</source>
            <translation>Minuten: wie lange die Kälte auflag (Pausen und kältefreie Phasen nicht mitgezählt) / geplante Kälteminuten. Schmerz: vor → nach der Anwendung (0 bis 10). Unter jeder Anwendung: das Schutztuch, dann die Hautkontrollen (wie viele, wie die Haut aussah, die letzten Antworten zu Empfinden und Schmerz).</translation>
        </message>
        <message>
            <source>water {degrees} °C</source>
            <translation>Wasser {degrees} °C</translation>
        </message>
        <message>
            <source>{on} min on, {off} off, {again} on</source>
            <translation>{on} Min. Kälte, {off} Pause, {again} Kälte</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Nicht beendet</translation>
        </message>
        <message>
            <source>caregiver present</source>
            <translation>Betreuungsperson anwesend</translation>
        </message>
        <message>
            <source>Visited</source>
            <translation>Besucht</translation>
        </message>
        <message>
            <source>How it felt</source>
            <translation>Wie es sich anfühlte</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy at a clinic</source>
            <translation>Ganzkörper-Kältetherapie in einer Klinik</translation>
        </message>
        <message>
            <source>Plan kept by kind</source>
            <translation>Plan eingehalten nach Art</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Plan kept by week</source>
            <translation>Plan eingehalten nach Woche</translation>
        </message>
        <message>
            <source>Week from Monday</source>
            <translation>Woche ab Montag</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Why planned items were skipped</source>
            <translation>Warum Geplantes ausgelassen wurde</translation>
        </message>
        <message>
            <source>No exercises were done in this period.</source>
            <translation>In diesem Zeitraum wurden keine Übungen gemacht.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Times done</source>
            <translation>Anzahl erledigt</translation>
        </message>
        <message>
            <source>How hard it felt (times)</source>
            <translation>Wie anstrengend (Anzahl)</translation>
        </message>
        <message>
            <source>Pain afterwards, lowest–highest</source>
            <translation>Schmerz danach, niedrigster–höchster</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>Erledigte Übungen</translation>
        </message>
        <message>
            <source>Clinician review on {day} by {who}.</source>
            <translation>Ärztliche Beurteilung am {day} durch {who}.</translation>
        </message>
        <message>
            <source>No warning signs in this period.</source>
            <translation>Keine Warnzeichen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Signs</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>Noticed at</source>
            <translation>Bemerkt bei</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Records edited after they were entered</source>
            <translation>Nachträglich bearbeitete Einträge</translation>
        </message>
        <message>
            <source>None: no cold session, skin check or warning sign of this period was changed after it was entered.</source>
            <translation>Keine: Keine Kälteanwendung, Hautkontrolle oder Warnzeichen dieses Zeitraums wurde nachträglich geändert.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Each change is kept in ColdCare's audit trail with the record before and after.</source>
            <translation>Jede Änderung wird im Änderungsprotokoll von ColdCare mit dem Eintrag davor und danach aufbewahrt.</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Gelöscht am</translation>
        </message>
        <message>
            <source>Records deleted</source>
            <translation>Gelöschte Einträge</translation>
        </message>
        <message>
            <source>A deleted record is kept in ColdCare's audit trail as it was before.</source>
            <translation>Ein gelöschter Eintrag bleibt im Änderungsprotokoll von ColdCare so erhalten, wie er war.</translation>
        </message>
        <message>
            <source>There is no plan.</source>
            <translation>Es gibt keinen Plan.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>The plan on {day}</source>
            <translation>Der Plan am {day}</translation>
        </message>
        <message>
            <source>{name}: {sets} × {reps}</source>
            <translation>{name}: {sets} × {reps}</translation>
        </message>
        <message>
            <source>{site}
{modality}, {minutes} min</source>
            <translation>{site}
{modality}, {minutes} Min.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>ab {day}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>Mild 1–3</source>
            <translation>Leicht 1–3</translation>
        </message>
        <message>
            <source>Moderate 4–6</source>
            <translation>Mittel 4–6</translation>
        </message>
        <message>
            <source>Severe 7–10</source>
            <translation>Stark 7–10</translation>
        </message>
        <message>
            <source>No pain ratings in this period</source>
            <translation>Keine Schmerzwerte in diesem Zeitraum</translation>
        </message>
        <message>
            <source>Mean of the last 7 days</source>
            <translation>Durchschnitt der letzten 7 Tage</translation>
        </message>
    </context>
    <context>
        <name>PegDialog</name>
        <message>
            <source>0 means {low}. 10 means {high}.</source>
            <translation>0 bedeutet {low}. 10 bedeutet {high}.</translation>
        </message>
        <message>
            <source>{value} out of 10</source>
            <translation>{value} von 10</translation>
        </message>
        <message>
            <source>Weekly questions</source>
            <translation>Wöchentliche Fragen</translation>
        </message>
        <message>
            <source>Three questions about the past week. For each, choose a number from 0 to 10. It takes about a minute.</source>
            <translation>Drei Fragen zur letzten Woche. Wählen Sie bei jeder eine Zahl von 0 bis 10. Das dauert etwa eine Minute.</translation>
        </message>
        <message>
            <source>A note (optional)</source>
            <translation>Eine Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>does not interfere</source>
            <translation>beeinträchtigt nicht</translation>
        </message>
        <message>
            <source>completely interferes</source>
            <translation>beeinträchtigt völlig</translation>
        </message>
        <message>
            <source>1. What number best describes your pain on average in the past week?</source>
            <translation>1. Welche Zahl beschreibt am besten Ihre durchschnittlichen Schmerzen in der letzten Woche?</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>keine Schmerzen</translation>
        </message>
        <message>
            <source>pain as bad as you can imagine</source>
            <translation>so schlimme Schmerzen, wie Sie sich vorstellen können</translation>
        </message>
        <message>
            <source>2. What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
            <translation>2. Welche Zahl beschreibt am besten, wie stark Schmerzen in der letzten Woche Ihre Lebensfreude beeinträchtigt haben?</translation>
        </message>
        <message>
            <source>3. What number best describes how, during the past week, pain has interfered with your general activity?</source>
            <translation>3. Welche Zahl beschreibt am besten, wie stark Schmerzen in der letzten Woche Ihre allgemeine Aktivität beeinträchtigt haben?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Abbrechen ohne zu speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the answers</source>
            <translation>Antworten speichern</translation>
        </message>
        <message>
            <source>Answer all three to see your score.</source>
            <translation>Beantworten Sie alle drei, um Ihren Wert zu sehen.</translation>
        </message>
        <message>
            <source>Your score: {score} out of 10 (lower is better)</source>
            <translation>Ihr Wert: {score} von 10 (niedriger ist besser)</translation>
        </message>
        <message>
            <source>Please answer all three questions.</source>
            <translation>Bitte beantworten Sie alle drei Fragen.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Add a person</source>
            <translation>Eine Person hinzufügen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without adding</source>
            <translation>Abbrechen, ohne hinzuzufügen</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>{name} löschen?</translation>
        </message>
        <message>
            <source>This removes all of {name}'s sessions, skin checks, pain ratings, check-ins, plan and reminders from this computer. It cannot be undone.</source>
            <translation>Dies entfernt alle Anwendungen, Hautkontrollen, Schmerzwerte, Schmerzabfragen, den Plan und die Erinnerungen von {name} von diesem Computer. Es kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>To confirm, type the name: {name}</source>
            <translation>Zur Bestätigung geben Sie den Namen ein: {name}</translation>
        </message>
        <message>
            <source>Keep {name}</source>
            <translation>{name} behalten</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <source>Delete {name} and all their records</source>
            <translation>{name} mit allen Einträgen löschen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Each person has their own sessions, plan and reminders. The name at the top of the window says whose data is shown.</source>
            <translation>Jede Person hat eigene Anwendungen, einen eigenen Plan und eigene Erinnerungen. Der Name oben im Fenster zeigt, wessen Daten zu sehen sind.</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Jetzt angezeigt</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>Wechseln</translation>
        </message>
        <message>
            <source>Show the data of {name}</source>
            <translation>Die Daten von {name} zeigen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>A cold session of {name} is running. Finish it first, then delete.</source>
            <translation>Eine Kälteanwendung von {name} läuft. Beenden Sie sie zuerst und löschen Sie dann.</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Nicht gelöscht: {reason}</translation>
        </message>
        <message>
            <source>Deleted: {name} and all their records.</source>
            <translation>Gelöscht: {name} mit allen Einträgen.</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Add a cold session</source>
            <translation>Kälteanwendung hinzufügen</translation>
        </message>
        <message>
            <source>Add a cold session to the plan</source>
            <translation>Kälteanwendung zum Plan hinzufügen</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Add an exercise to the plan</source>
            <translation>Übung zum Plan hinzufügen</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <source>Change it</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove it from the plan</source>
            <translation>Aus dem Plan entfernen</translation>
        </message>
        <message>
            <source>Move earlier</source>
            <translation>Nach vorne</translation>
        </message>
        <message>
            <source>Move earlier among the items at the same time</source>
            <translation>Unter den Einträgen zur selben Uhrzeit nach vorne</translation>
        </message>
        <message>
            <source>Move later</source>
            <translation>Nach hinten</translation>
        </message>
        <message>
            <source>Move later among the items at the same time</source>
            <translation>Unter den Einträgen zur selben Uhrzeit nach hinten</translation>
        </message>
        <message>
            <source>Add a profile first.</source>
            <translation>Legen Sie zuerst ein Profil an.</translation>
        </message>
        <message>
            <source>The weekly plan for {name}. ColdCare checks every change against the safety rules before it is saved.</source>
            <translation>Der Wochenplan für {name}. ColdCare prüft jede Änderung anhand der Sicherheitsregeln, bevor sie gespeichert wird.</translation>
        </message>
        <message>
            <source>This plan breaks a safety rule, probably because the health answers or limits changed. Change or remove the marked items.</source>
            <translation>Dieser Plan verstößt gegen eine Sicherheitsregel, wahrscheinlich weil sich die Gesundheitsangaben oder Grenzen geändert haben. Ändern oder entfernen Sie die markierten Einträge.</translation>
        </message>
        <message>
            <source>Nothing planned yet. Add a cold session or an exercise, with the days and the time, and ColdCare will remind you.</source>
            <translation>Noch nichts geplant. Fügen Sie eine Kälteanwendung oder eine Übung mit Tagen und Uhrzeit hinzu, dann erinnert ColdCare Sie daran.</translation>
        </message>
        <message>
            <source>The weekly plan, in the order of the day</source>
            <translation>Der Wochenplan, in der Reihenfolge des Tages</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>Also reminds 10 min before</source>
            <translation>Erinnert auch 10 Min. vorher</translation>
        </message>
        <message>
            <source>No early reminder</source>
            <translation>Keine frühere Erinnerung</translation>
        </message>
        <message>
            <source>After “{label}”</source>
            <translation>Nach „{label}“</translation>
        </message>
        <message>
            <source>Breaks a safety rule: see above</source>
            <translation>Verstößt gegen eine Sicherheitsregel: siehe oben</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>Ab {start}</translation>
        </message>
        <message>
            <source>Choose an item in the list to change, remove or move it.</source>
            <translation>Wählen Sie einen Eintrag in der Liste, um ihn zu ändern, zu entfernen oder zu verschieben.</translation>
        </message>
        <message>
            <source>Chosen: {what}</source>
            <translation>Gewählt: {what}</translation>
        </message>
        <message>
            <source>Saved: “{label}”.</source>
            <translation>Gespeichert: „{label}“.</translation>
        </message>
        <message>
            <source>Remove from the plan</source>
            <translation>Aus dem Plan entfernen</translation>
        </message>
        <message>
            <source>Take “{label}” off the plan? What was done or skipped stays in the history.</source>
            <translation>„{label}“ aus dem Plan nehmen? Was erledigt oder ausgelassen wurde, bleibt im Verlauf.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Removed “{label}” from the plan. Its history is kept.</source>
            <translation>„{label}“ wurde aus dem Plan entfernt. Der Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>Saved the new order.</source>
            <translation>Neue Reihenfolge gespeichert.</translation>
        </message>
        <message>
            <source>Not saved: the plan would break a safety rule.</source>
            <translation>Nicht gespeichert: Der Plan würde gegen eine Sicherheitsregel verstoßen.</translation>
        </message>
    </context>
    <context>
        <name>PlanCheck</name>
        <message>
            <source>“{first}” ({first_day} {first_time}) and “{second}” ({second_day} {second_time}) leave only {gap} minutes between them on the {site}. After a session there it needs {rest} minutes of rest, so “{second}” can start at {earliest} ({earliest_day}) at the earliest.</source>
            <translation>Zwischen „{first}“ ({first_day} {first_time}) und „{second}“ ({second_day} {second_time}) liegen an dieser Stelle ({site}) nur {gap} Minuten. Nach einer Anwendung dort braucht sie {rest} Minuten Pause, also kann „{second}“ frühestens um {earliest} ({earliest_day}) beginnen.</translation>
        </message>
        <message>
            <source>“{first}” ({first_day} {first_time}) and “{second}” ({second_day} {second_time}) overlap on the {site}. After a session there it needs {rest} minutes of rest, so “{second}” can start at {earliest} ({earliest_day}) at the earliest.</source>
            <translation>„{first}“ ({first_day} {first_time}) und „{second}“ ({second_day} {second_time}) überschneiden sich an dieser Stelle ({site}). Nach einer Anwendung dort braucht sie {rest} Minuten Pause, also kann „{second}“ frühestens um {earliest} ({earliest_day}) beginnen.</translation>
        </message>
        <message>
            <source>{count} cold sessions on the {site} on {weekday}, but at most {limit} a day are allowed. Remove {excess} of them from {weekday}.</source>
            <translation>{count} Kälteanwendungen an dieser Stelle ({site}) am {weekday}, aber höchstens {limit} pro Tag sind erlaubt. Entfernen Sie {excess} davon am {weekday}.</translation>
        </message>
        <message>
            <source>“{item}” has {minutes} minutes of cold, but {maximum} minutes is the most allowed there for this person. Set it to {maximum} minutes or less.</source>
            <translation>„{item}“ hat {minutes} Minuten Kälte, aber dort sind für diese Person höchstens {maximum} Minuten erlaubt. Stellen Sie {maximum} Minuten oder weniger ein.</translation>
        </message>
        <message>
            <source>“{item}” could not start as planned. The reasons, and what to change, are listed with it.</source>
            <translation>„{item}“ konnte nicht wie geplant beginnen. Die Gründe und was zu ändern ist, stehen dabei.</translation>
        </message>
        <message>
            <source>“{item}” cannot be planned: {problem}.</source>
            <translation>„{item}“ kann nicht geplant werden: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>PlanItem</name>
        <message>
            <source>Every day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <source>Add a cold session to the plan</source>
            <translation>Kälteanwendung zum Plan hinzufügen</translation>
        </message>
        <message>
            <source>Change a planned cold session</source>
            <translation>Geplante Kälteanwendung ändern</translation>
        </message>
        <message>
            <source>Add an exercise to the plan</source>
            <translation>Übung zum Plan hinzufügen</translation>
        </message>
        <message>
            <source>Change a planned exercise</source>
            <translation>Geplante Übung ändern</translation>
        </message>
        <message>
            <source>Name in the plan</source>
            <translation>Name im Plan</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Where on the body</source>
            <translation>Wo am Körper</translation>
        </message>
        <message>
            <source>Kind of cold</source>
            <translation>Kälteart</translation>
        </message>
        <message>
            <source>What is between the cold and the skin</source>
            <translation>Was zwischen Kälte und Haut liegt</translation>
        </message>
        <message>
            <source>For example: Ice the left knee</source>
            <translation>Zum Beispiel: Linkes Knie kühlen</translation>
        </message>
        <message>
            <source>Water temperature (use a thermometer)</source>
            <translation>Wassertemperatur (mit einem Thermometer messen)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Minutes of cold</source>
            <translation>Minuten Kälte</translation>
        </message>
        <message>
            <source>Two shorter rounds with a break in between</source>
            <translation>Zwei kürzere Runden mit einer Pause dazwischen</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Exercises come from the Exercises page. To do this one after another item at the same time, use Move earlier or Move later on the Plan page.</source>
            <translation>Übungen kommen von der Seite Übungen. Um diese nach einem anderen Eintrag zur selben Uhrzeit zu machen, nutzen Sie Nach vorne oder Nach hinten auf der Seite Plan.</translation>
        </message>
        <message>
            <source>For example: Knee exercises</source>
            <translation>Zum Beispiel: Knieübungen</translation>
        </message>
        <message>
            <source>{name} ({region}, {sets} × {reps})</source>
            <translation>{name} ({region}, {sets} × {reps})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Days of the week</source>
            <translation>Wochentage</translation>
        </message>
        <message>
            <source>On these days</source>
            <translation>An diesen Tagen</translation>
        </message>
        <message>
            <source>At this time</source>
            <translation>Um diese Uhrzeit</translation>
        </message>
        <message>
            <source>Also remind 10 minutes before</source>
            <translation>Auch 10 Minuten vorher erinnern</translation>
        </message>
        <message>
            <source>Time to get the pack out of the freezer or to get ready.</source>
            <translation>Zeit, den Kältepack aus dem Gefrierfach zu holen oder sich vorzubereiten.</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Stop on a set day</source>
            <translation>An einem bestimmten Tag enden</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Check and save</source>
            <translation>Prüfen und speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Abbrechen ohne zu speichern</translation>
        </message>
        <message>
            <source>Not possible as chosen: {reason}</source>
            <translation>So nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>Here {recommended} min is usual, never more than {maximum} min.</source>
            <translation>Hier sind {recommended} Min. üblich, nie mehr als {maximum} Min.</translation>
        </message>
        <message>
            <source>Name in the plan: please type a name.</source>
            <translation>Name im Plan: Bitte geben Sie einen Namen ein.</translation>
        </message>
        <message>
            <source>Days: choose at least one day, or Every day.</source>
            <translation>Tage: Wählen Sie mindestens einen Tag oder Jeden Tag.</translation>
        </message>
        <message>
            <source>Last day: it is before the first day. Choose a later day.</source>
            <translation>Letzter Tag: Er liegt vor dem ersten Tag. Wählen Sie einen späteren Tag.</translation>
        </message>
        <message>
            <source>Exercise: the library is empty. Add one on the Exercises page.</source>
            <translation>Übung: Die Sammlung ist leer. Fügen Sie eine auf der Seite Übungen hinzu.</translation>
        </message>
        <message>
            <source>Choose a profile first.</source>
            <translation>Wählen Sie zuerst ein Profil.</translation>
        </message>
        <message>
            <source>Not saved: this cold cannot be planned here, for the reasons below. Choose another place or kind of cold, or see what a clinician advises.</source>
            <translation>Nicht gespeichert: Diese Kälteanwendung kann hier nicht geplant werden, aus den unten genannten Gründen. Wählen Sie eine andere Stelle oder Kälteart, oder fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
        </message>
        <message>
            <source>Not saved: too many minutes for this place. Choose fewer, then save again.</source>
            <translation>Nicht gespeichert: zu viele Minuten für diese Stelle. Wählen Sie weniger und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>Not saved: the plan would break a safety rule. Change the time, the days or the minutes, then save again.</source>
            <translation>Nicht gespeichert: Der Plan würde gegen eine Sicherheitsregel verstoßen. Ändern Sie die Uhrzeit, die Tage oder die Minuten und speichern Sie dann erneut.</translation>
        </message>
        <message>
            <source>Cold on the {site}</source>
            <translation>Kälte: {site}</translation>
        </message>
        <message>
            <source>{on} min cold, {off} min break, {second} min cold</source>
            <translation>{on} Min. Kälte, {off} Min. Pause, {second} Min. Kälte</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{sets} × {reps}</source>
            <translation>{sets} × {reps}</translation>
        </message>
    </context>
    <context>
        <name>PlanStatus</name>
        <message>
            <source>Upcoming</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Jetzt fällig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verpasst</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Ready when you are</source>
            <translation>Bereit, wenn Sie es sind</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Locker lassen</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Gut gemacht</translation>
        </message>
        <message>
            <source>Move slowly</source>
            <translation>Langsam bewegen</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>Type the year, for example 1952, or use − and +.</source>
            <translation>Geben Sie das Jahr ein, zum Beispiel 1952, oder nutzen Sie − und +.</translation>
        </message>
        <message>
            <source>Age this year: {age}</source>
            <translation>Alter in diesem Jahr: {age}</translation>
        </message>
        <message>
            <source>The person themselves</source>
            <translation>Die Person selbst</translation>
        </message>
        <message>
            <source>A caregiver</source>
            <translation>Eine Betreuungsperson</translation>
        </message>
        <message>
            <source>A clinician</source>
            <translation>Eine Fachperson</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Noch nicht gewählt</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>Why we ask question {number}</source>
            <translation>Warum wir Frage {number} stellen</translation>
        </message>
        <message>
            <source>Add this place</source>
            <translation>Diese Stelle hinzufügen</translation>
        </message>
        <message>
            <source>No places added.</source>
            <translation>Keine Stellen hinzugefügt.</translation>
        </message>
        <message>
            <source>Place on the body</source>
            <translation>Körperstelle</translation>
        </message>
        <message>
            <source>What is true there?</source>
            <translation>Was trifft dort zu?</translation>
        </message>
        <message>
            <source>Places added</source>
            <translation>Hinzugefügte Stellen</translation>
        </message>
        <message>
            <source>Please tick at least one thing that is true there.</source>
            <translation>Bitte kreuzen Sie mindestens eine Sache an, die dort zutrifft.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove {place}</source>
            <translation>{place} entfernen</translation>
        </message>
        <message>
            <source>A doctor has said cold is OK</source>
            <translation>Eine Ärztin oder ein Arzt hat Kälte erlaubt</translation>
        </message>
        <message>
            <source>For: {condition}</source>
            <translation>Für: {condition}</translation>
        </message>
        <message>
            <source>For example: Dr Weber</source>
            <translation>Zum Beispiel: Dr. Weber</translation>
        </message>
        <message>
            <source>Date of the OK</source>
            <translation>Datum der Freigabe</translation>
        </message>
        <message>
            <source>Who gave the OK</source>
            <translation>Wer die Freigabe gegeben hat</translation>
        </message>
        <message>
            <source>Please type who gave the OK for {condition}.</source>
            <translation>Bitte geben Sie ein, wer die Freigabe für {condition} gegeben hat.</translation>
        </message>
        <message>
            <source>About the person</source>
            <translation>Zur Person</translation>
        </message>
        <message>
            <source>For example: Anna</source>
            <translation>Zum Beispiel: Anna</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <source>Filling this in for yourself</source>
            <translation>Sie füllen das für sich selbst aus</translation>
        </message>
        <message>
            <source>Family member or helper</source>
            <translation>Angehörige oder Hilfsperson</translation>
        </message>
        <message>
            <source>Doctor, nurse or physiotherapist</source>
            <translation>Arzt, Pflege oder Physiotherapie</translation>
        </message>
        <message>
            <source>Who is filling this in?</source>
            <translation>Wer füllt das aus?</translation>
        </message>
        <message>
            <source>Caregiver's name</source>
            <translation>Name der Betreuungsperson</translation>
        </message>
        <message>
            <source>Health questions</source>
            <translation>Gesundheitsfragen</translation>
        </message>
        <message>
            <source>Places to keep cold away from (optional)</source>
            <translation>Stellen, die keine Kälte bekommen sollen (freiwillig)</translation>
        </message>
        <message>
            <source>If a place on the body has one of these problems, ColdCare will not put cold there. Leave this empty if none apply.</source>
            <translation>Wenn eine Körperstelle eines dieser Probleme hat, plant ColdCare dort keine Kälte. Lassen Sie das leer, wenn nichts zutrifft.</translation>
        </message>
        <message>
            <source>For caregivers and clinicians</source>
            <translation>Für Betreuungs- und Fachpersonen</translation>
        </message>
        <message>
            <source>Optional. These settings can make ColdCare more careful, never less careful.</source>
            <translation>Freiwillig. Diese Einstellungen können ColdCare vorsichtiger machen, nie weniger vorsichtig.</translation>
        </message>
        <message>
            <source>Doctor's OK</source>
            <translation>Ärztliche Freigabe</translation>
        </message>
        <message>
            <source>A doctor's OK can be noted here when the answer about Raynaud's or poor circulation is Yes. Hands and feet are never cooled with these.</source>
            <translation>Eine ärztliche Freigabe kann hier eingetragen werden, wenn die Antwort zu Raynaud-Syndrom oder schlechter Durchblutung Ja ist. Hände und Füße werden dabei nie gekühlt.</translation>
        </message>
        <message>
            <source>Personal limits</source>
            <translation>Persönliche Grenzen</translation>
        </message>
        <message>
            <source>Only if a doctor or physiotherapist asked for it. These can only make sessions shorter or rests longer than ColdCare's own limits, never the other way.</source>
            <translation>Nur wenn eine Ärztin, ein Arzt oder die Physiotherapie darum gebeten hat. Damit werden Anwendungen nur kürzer oder Pausen länger als die Grenzen von ColdCare, nie umgekehrt.</translation>
        </message>
        <message>
            <source>No personal limit</source>
            <translation>Keine persönliche Grenze</translation>
        </message>
        <message>
            <source>No personal rest</source>
            <translation>Keine persönliche Pause</translation>
        </message>
        <message>
            <source>Longest time with cold, in minutes</source>
            <translation>Längste Zeit mit Kälte, in Minuten</translation>
        </message>
        <message>
            <source>Shortest rest before cold on the same place, in minutes</source>
            <translation>Kürzeste Pause vor erneuter Kälte an derselben Stelle, in Minuten</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Supervised sessions</source>
            <translation>Betreute Anwendungen</translation>
        </message>
        <message>
            <source>A caregiver stays for every session</source>
            <translation>Bei jeder Anwendung bleibt eine Betreuungsperson dabei</translation>
        </message>
        <message>
            <source>Before each session, the caregiver confirms they will stay until the pack is off.</source>
            <translation>Vor jeder Anwendung bestätigt die Betreuungsperson, dass sie bleibt, bis der Kältepack abgenommen ist.</translation>
        </message>
        <message>
            <source>There are {count} things to fix on this page.</source>
            <translation>Auf dieser Seite sind {count} Dinge zu korrigieren.</translation>
        </message>
        <message>
            <source>Please type the name.</source>
            <translation>Bitte geben Sie den Namen ein.</translation>
        </message>
        <message>
            <source>Please choose the year of birth.</source>
            <translation>Bitte wählen Sie das Geburtsjahr.</translation>
        </message>
        <message>
            <source>Please type the caregiver's name.</source>
            <translation>Bitte geben Sie den Namen der Betreuungsperson ein.</translation>
        </message>
        <message>
            <source>Please type the clinician's name.</source>
            <translation>Bitte geben Sie den Namen der Fachperson ein.</translation>
        </message>
        <message>
            <source>Please choose Yes or No.</source>
            <translation>Bitte wählen Sie Ja oder Nein.</translation>
        </message>
        <message>
            <source>Please answer health question {number}: Yes or No.</source>
            <translation>Bitte beantworten Sie Gesundheitsfrage {number}: Ja oder Nein.</translation>
        </message>
        <message>
            <source>Clinician's name</source>
            <translation>Name der Fachperson</translation>
        </message>
        <message>
            <source>Needed: the answer to question {number} says it is hard to notice or say when something hurts. Without a caregiver there, ColdCare will not start a session.</source>
            <translation>Erforderlich: Laut der Antwort auf Frage {number} ist es schwer zu bemerken oder zu sagen, wenn etwas wehtut. Ohne anwesende Betreuungsperson startet ColdCare keine Anwendung.</translation>
        </message>
    </context>
    <context>
        <name>ProfileSetup</name>
        <message>
            <source>About you</source>
            <translation>Über Sie</translation>
        </message>
        <message>
            <source>Health questions</source>
            <translation>Gesundheitsfragen</translation>
        </message>
        <message>
            <source>Anything else</source>
            <translation>Weiteres</translation>
        </message>
        <message>
            <source>If you are setting this up for someone else, answer for them.</source>
            <translation>Wenn Sie das für jemand anderen einrichten, antworten Sie für diese Person.</translation>
        </message>
        <message>
            <source>Please answer every question. If you are not sure, answer Yes for now and ask your doctor; you can change it later.</source>
            <translation>Bitte beantworten Sie jede Frage. Wenn Sie unsicher sind, antworten Sie vorerst mit Ja und fragen Sie Ihre Ärztin oder Ihren Arzt; Sie können es später ändern.</translation>
        </message>
        <message>
            <source>Everything on this page is optional. You can change it later under Profile and settings.</source>
            <translation>Alles auf dieser Seite ist freiwillig. Sie können es später unter Profil und Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Step {number} of {total}: {name}</source>
            <translation>Schritt {number} von {total}: {name}</translation>
        </message>
        <message>
            <source>Welcome to ColdCare</source>
            <translation>Willkommen bei ColdCare</translation>
        </message>
        <message>
            <source>ColdCare guides each cold-pack session with a timer that keeps your skin safe. Everything you enter stays on this computer.</source>
            <translation>ColdCare begleitet jede Anwendung mit Kältepack mit einem Timer, der Ihre Haut schützt. Alles, was Sie eingeben, bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Speichern und starten</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Weiter: {step}</translation>
        </message>
    </context>
    <context>
        <name>ProfileSwitcher</name>
        <message>
            <source>Choose whose data is shown ({key})</source>
            <translation>Wählen, wessen Daten angezeigt werden ({key})</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>No profile yet</source>
            <translation>Noch kein Profil</translation>
        </message>
        <message>
            <source>Whose data is shown: {name}</source>
            <translation>Angezeigt werden die Daten von: {name}</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Eine Person hinzufügen…</translation>
        </message>
        <message>
            <source>{name} (shown now)</source>
            <translation>{name} (jetzt angezeigt)</translation>
        </message>
        <message>
            <source>Finish this first</source>
            <translation>Erst dies beenden</translation>
        </message>
        <message>
            <source>A cold session or an exercise is on screen. Finish it first, then choose another person.</source>
            <translation>Eine Kälteanwendung oder Übung ist auf dem Bildschirm. Beenden Sie sie zuerst und wählen Sie dann eine andere Person.</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>Cold session</source>
            <translation>Kälteanwendung</translation>
        </message>
        <message>
            <source>Skin check</source>
            <translation>Hautkontrolle</translation>
        </message>
        <message>
            <source>Warning sign</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Pain rating</source>
            <translation>Schmerzwert</translation>
        </message>
        <message>
            <source>Weekly pain questions (PEG)</source>
            <translation>Wöchentliche Schmerzfragen (PEG)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Clinic visit</source>
            <translation>Besuch in der Klinik</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>pain better</source>
            <translation>Schmerz besser</translation>
        </message>
        <message>
            <source>pain the same</source>
            <translation>Schmerz gleich</translation>
        </message>
        <message>
            <source>pain worse</source>
            <translation>Schmerz schlimmer</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Uncomfortable</source>
            <translation>Unangenehm</translation>
        </message>
        <message>
            <source>Unwell afterwards</source>
            <translation>Danach unwohl</translation>
        </message>
        <message>
            <source>This is a safety record. Your change is kept with the original in the change history, and reports mark it as edited.</source>
            <translation>Dies ist ein Sicherheitseintrag. Ihre Änderung wird mit dem Original im Änderungsverlauf aufbewahrt, und Berichte kennzeichnen ihn als bearbeitet.</translation>
        </message>
        <message>
            <source>Change this record: {kind}</source>
            <translation>Diesen Eintrag ändern: {kind}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Abbrechen, ohne zu speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the change</source>
            <translation>Die Änderung speichern</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>The note is too long: {count} characters, at most {limit}.</source>
            <translation>Die Notiz ist zu lang: {count} Zeichen, höchstens {limit}.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Pain from 0 to 10</source>
            <translation>Schmerz auf einer Skala von 0 bis 10</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Please choose a number.</source>
            <translation>Bitte wählen Sie eine Zahl.</translation>
        </message>
        <message>
            <source>The time cannot be later than now.</source>
            <translation>Die Zeit darf nicht nach jetzt liegen.</translation>
        </message>
        <message>
            <source>Average pain in that week</source>
            <translation>Durchschnittlicher Schmerz in dieser Woche</translation>
        </message>
        <message>
            <source>0 is no pain, 10 is pain as bad as you can imagine.</source>
            <translation>0 bedeutet keine Schmerzen, 10 die schlimmsten Schmerzen, die Sie sich vorstellen können.</translation>
        </message>
        <message>
            <source>How much pain got in the way of enjoying life</source>
            <translation>Wie sehr die Schmerzen Ihre Lebensfreude beeinträchtigt haben</translation>
        </message>
        <message>
            <source>0 is not at all, 10 is completely.</source>
            <translation>0 bedeutet gar nicht, 10 vollständig.</translation>
        </message>
        <message>
            <source>How much pain got in the way of daily activity</source>
            <translation>Wie sehr die Schmerzen Ihre Aktivität im Alltag beeinträchtigt haben</translation>
        </message>
        <message>
            <source>The place, the kind of cold and the minutes stay as the timer kept them. To correct the pain before or after, change that pain rating in the list.</source>
            <translation>Stelle, Art der Kälte und Minuten bleiben so, wie der Timer sie festgehalten hat. Um den Schmerz davor oder danach zu korrigieren, ändern Sie diesen Schmerzwert in der Liste.</translation>
        </message>
        <message>
            <source>How the skin looked after the pack came off</source>
            <translation>Wie die Haut nach dem Abnehmen des Kältepacks aussah</translation>
        </message>
        <message>
            <source>How the skin looked</source>
            <translation>Wie die Haut aussah</translation>
        </message>
        <message>
            <source>What it felt like</source>
            <translation>Wie es sich anfühlte</translation>
        </message>
        <message>
            <source>Pain compared with the start</source>
            <translation>Schmerz im Vergleich zum Beginn</translation>
        </message>
        <message>
            <source>Other symptoms (none, one or several)</source>
            <translation>Andere Beschwerden (keine, eine oder mehrere)</translation>
        </message>
        <message>
            <source>Please choose an answer.</source>
            <translation>Bitte wählen Sie eine Antwort.</translation>
        </message>
        <message>
            <source>A change here does not lift a rest, a lock or a review that the warning sign started.</source>
            <translation>Eine Änderung hier hebt keine Pause, Sperre oder Überprüfung auf, die das Warnzeichen ausgelöst hat.</translation>
        </message>
        <message>
            <source>The warning signs</source>
            <translation>Die Warnzeichen</translation>
        </message>
        <message>
            <source>Repetitions done</source>
            <translation>Geschaffte Wiederholungen</translation>
        </message>
        <message>
            <source>How hard it was</source>
            <translation>Wie anstrengend es war</translation>
        </message>
        <message>
            <source>Pain afterwards</source>
            <translation>Schmerz danach</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Minutes in the chamber</source>
            <translation>Minuten in der Kältekammer</translation>
        </message>
        <message>
            <source>How it felt</source>
            <translation>Wie es sich anfühlte</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht festgehalten</translation>
        </message>
        <message>
            <source>No note</source>
            <translation>Keine Notiz</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <source>How the skin looked afterwards</source>
            <translation>Wie die Haut danach aussah</translation>
        </message>
        <message>
            <source>Other symptoms</source>
            <translation>Andere Beschwerden</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
        <message>
            <source>Other details changed</source>
            <translation>Andere Angaben geändert</translation>
        </message>
        <message>
            <source>{action} on {when}</source>
            <translation>{action} am {when}</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>Not changed since it was recorded.</source>
            <translation>Seit der Eingabe nicht geändert.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the change history</source>
            <translation>Den Änderungsverlauf schließen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>{kind}, {when}: {what}</source>
            <translation>{kind}, {when}: {what}</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>läuft noch</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>pain {before} → {after}</source>
            <translation>Schmerz {before} → {after}</translation>
        </message>
        <message>
            <source>pain before {before}</source>
            <translation>Schmerz davor {before}</translation>
        </message>
        <message>
            <source>Check {number}: skin {look}</source>
            <translation>Kontrolle {number}: Haut {look}</translation>
        </message>
        <message>
            <source>{value} ({context})</source>
            <translation>{value} ({context})</translation>
        </message>
        <message>
            <source>Pain {pain}, enjoyment of life {enjoyment}, activity {activity}</source>
            <translation>Schmerz {pain}, Lebensfreude {enjoyment}, Aktivität {activity}</translation>
        </message>
        <message>
            <source>Stopped with the stop button</source>
            <translation>Mit der Stopp-Taste beendet</translation>
        </message>
        <message>
            <source>An exercise</source>
            <translation>Eine Übung</translation>
        </message>
        <message>
            <source>pain {value}</source>
            <translation>Schmerz {value}</translation>
        </message>
        <message>
            <source>{minutes} min in the chamber, {feeling}</source>
            <translation>{minutes} Min. in der Kältekammer, {feeling}</translation>
        </message>
        <message>
            <source>Whole body</source>
            <translation>Ganzer Körper</translation>
        </message>
        <message>
            <source>Edited after it was recorded</source>
            <translation>Nach der Eingabe bearbeitet</translation>
        </message>
        <message>
            <source>Not edited</source>
            <translation>Nicht bearbeitet</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Die Suche leeren</translation>
        </message>
        <message>
            <source>For example: knee, numb, walk</source>
            <translation>Zum Beispiel: Knie, taub, gehen</translation>
        </message>
        <message>
            <source>Show records of this kind</source>
            <translation>Einträge dieser Art zeigen</translation>
        </message>
        <message>
            <source>Show records at this place</source>
            <translation>Einträge an dieser Stelle zeigen</translation>
        </message>
        <message>
            <source>Search the records for words</source>
            <translation>Die Einträge nach Wörtern durchsuchen</translation>
        </message>
        <message>
            <source>Records of the period, newest first</source>
            <translation>Einträge des Zeitraums, neueste zuerst</translation>
        </message>
        <message>
            <source>Show all records</source>
            <translation>Alle Einträge zeigen</translation>
        </message>
        <message>
            <source>Clear the filters and show all records</source>
            <translation>Die Filter leeren und alle Einträge zeigen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Das Löschen rückgängig machen</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <source>Change the chosen record</source>
            <translation>Den gewählten Eintrag ändern</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete the chosen record</source>
            <translation>Den gewählten Eintrag löschen</translation>
        </message>
        <message>
            <source>Change history…</source>
            <translation>Änderungsverlauf…</translation>
        </message>
        <message>
            <source>Show the change history of the chosen safety record</source>
            <translation>Den Änderungsverlauf des gewählten Sicherheitseintrags zeigen</translation>
        </message>
        <message>
            <source>All places</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>Nothing recorded in this period. Cold sessions, pain ratings and exercises appear here as you log them.</source>
            <translation>In diesem Zeitraum wurde nichts eingetragen. Kälteanwendungen, Schmerzwerte und Übungen erscheinen hier, sobald Sie sie eintragen.</translation>
        </message>
        <message>
            <source>No records match the filters.</source>
            <translation>Keine Einträge passen zu den Filtern.</translation>
        </message>
        <message>
            <source>Choose a record in the table to change or delete it.</source>
            <translation>Wählen Sie einen Eintrag in der Tabelle, um ihn zu ändern oder zu löschen.</translation>
        </message>
        <message>
            <source>This session is still running. Change it when it ends.</source>
            <translation>Diese Anwendung läuft noch. Ändern Sie sie, wenn sie beendet ist.</translation>
        </message>
        <message>
            <source>Chosen: {record}</source>
            <translation>Gewählt: {record}</translation>
        </message>
        <message>
            <source>What to do with the chosen record</source>
            <translation>Was mit dem gewählten Eintrag geschehen soll</translation>
        </message>
        <message>
            <source>Delete a safety record</source>
            <translation>Einen Sicherheitseintrag löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Nicht gelöscht: {reason}</translation>
        </message>
        <message>
            <source>Deleted: {record}.</source>
            <translation>Gelöscht: {record}.</translation>
        </message>
        <message>
            <source>“{record}” cannot be put back: what it belonged to was deleted or changed since.</source>
            <translation>„{record}“ kann nicht wiederhergestellt werden: Das, wozu er gehörte, wurde inzwischen gelöscht oder geändert.</translation>
        </message>
        <message>
            <source>Put back: {record}.</source>
            <translation>Wiederhergestellt: {record}.</translation>
        </message>
        <message>
            <source>Delete this cold session ({record})? Its skin checks, its pain ratings before and after, and its 30-minute follow-up are deleted with it. The deletion is kept in the change history. You can undo it.</source>
            <translation>Diese Kälteanwendung ({record}) löschen? Ihre Hautkontrollen, die Schmerzwerte davor und danach und die Nachfrage nach 30 Minuten werden mit gelöscht. Das Löschen wird im Änderungsverlauf festgehalten. Sie können es rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete this safety record ({record})? The deletion is kept in the change history. You can undo it.</source>
            <translation>Diesen Sicherheitseintrag ({record}) löschen? Das Löschen wird im Änderungsverlauf festgehalten. Sie können es rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>Showing all %n records</source>
            <translation>
                <numerusform>%n Eintrag wird angezeigt</numerusform>
                <numerusform>Alle %n Einträge werden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repetitions</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repetition</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %n record</source>
            <translation>
                <numerusform>%n Eintrag wird angezeigt</numerusform>
                <numerusform>%n Einträge werden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n records</source>
            <translation>
                <numerusform>{shown} von %n Eintrag werden angezeigt</numerusform>
                <numerusform>{shown} von %n Einträgen werden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n record</source>
            <translation>
                <numerusform>{shown} von %n Eintrag werden angezeigt</numerusform>
                <numerusform>{shown} von %n Einträgen werden angezeigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <source>{what} — {name}</source>
            <translation>{what} — {name}</translation>
        </message>
        <message>
            <source>A cold session is running</source>
            <translation>Eine Kälteanwendung läuft</translation>
        </message>
        <message>
            <source>Finish the session on screen first, then start this one.</source>
            <translation>Beenden Sie zuerst die Anwendung auf dem Bildschirm, dann starten Sie diese.</translation>
        </message>
        <message>
            <source>That did not work</source>
            <translation>Das hat nicht geklappt</translation>
        </message>
        <message>
            <source>Skip: {what}</source>
            <translation>Auslassen: {what}</translation>
        </message>
        <message>
            <source>Why skip it?</source>
            <translation>Warum auslassen?</translation>
        </message>
        <message>
            <source>For example: the knee is swollen</source>
            <translation>Zum Beispiel: Das Knie ist geschwollen</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <source>Do not skip</source>
            <translation>Nicht auslassen</translation>
        </message>
        <message>
            <source>A note (if you like)</source>
            <translation>Eine Notiz (wenn Sie möchten)</translation>
        </message>
        <message>
            <source>Skipped items stay in the history, with the reason.</source>
            <translation>Ausgelassenes bleibt mit dem Grund im Verlauf.</translation>
        </message>
        <message>
            <source>Already put off {count} times: it cannot be put off again. Start now or skip it.</source>
            <translation>Schon {count}-mal verschoben: Es kann nicht noch einmal verschoben werden. Starten Sie jetzt oder lassen Sie es aus.</translation>
        </message>
        <message>
            <source>It can be put off once more.</source>
            <translation>Es kann noch einmal verschoben werden.</translation>
        </message>
        <message>
            <source>It can be put off {count} more times.</source>
            <translation>Es kann noch {count}-mal verschoben werden.</translation>
        </message>
        <message>
            <source>Missed while ColdCare was closed or the computer was asleep: {items}.</source>
            <translation>Verpasst, während ColdCare geschlossen war oder der Computer schlief: {items}.</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Auslassen…</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OK, hide this reminder</source>
            <translation>OK, diese Erinnerung ausblenden</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>Snooze: remind me again in {minutes} minutes</source>
            <translation>Später erinnern: in {minutes} Minuten noch einmal</translation>
        </message>
        <message>
            <source>Remind me again in</source>
            <translation>Noch einmal erinnern in</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Dismiss the missed items</source>
            <translation>Die verpassten Punkte ausblenden</translation>
        </message>
        <message>
            <source>In 10 minutes: {what}</source>
            <translation>In 10 Minuten: {what}</translation>
        </message>
        <message>
            <source>Time for: {what}</source>
            <translation>Zeit für: {what}</translation>
        </message>
        <message>
            <source>For {name}</source>
            <translation>Für {name}</translation>
        </message>
        <message>
            <source>For {name} · at {time}</source>
            <translation>Für {name} · um {time}</translation>
        </message>
        <message>
            <source>For {name} · planned for {time}</source>
            <translation>Für {name} · geplant für {time}</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>In {minutes} minutes, for {person}</source>
            <translation>In {minutes} Minuten, für {person}</translation>
        </message>
        <message>
            <source>Reminder for {person}</source>
            <translation>Erinnerung für {person}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Pain now (0 = no pain, 10 = worst pain imaginable)</source>
            <translation>Schmerz jetzt (0 = keine Schmerzen, 10 = schlimmste vorstellbare Schmerzen)</translation>
        </message>
        <message>
            <source>PEG: pain, enjoyment of life and general activity in the past week</source>
            <translation>PEG: Schmerz, Lebensfreude und allgemeine Aktivität in der vergangenen Woche</translation>
        </message>
        <message>
            <source>PEG score (mean of the three answers, 0–10)</source>
            <translation>PEG-Wert (Mittelwert der drei Antworten, 0–10)</translation>
        </message>
        <message>
            <source>Average pain in the past week (0–10)</source>
            <translation>Durchschnittlicher Schmerz in der vergangenen Woche (0–10)</translation>
        </message>
        <message>
            <source>Pain got in the way of enjoying life (0–10)</source>
            <translation>Beeinträchtigung der Lebensfreude durch Schmerzen (0–10)</translation>
        </message>
        <message>
            <source>Pain got in the way of general activity (0–10)</source>
            <translation>Beeinträchtigung der allgemeinen Aktivität durch Schmerzen (0–10)</translation>
        </message>
        <message>
            <source>Cold therapy at home: {modality}</source>
            <translation>Kältetherapie zu Hause: {modality}</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy at a clinic</source>
            <translation>Ganzkörper-Kältetherapie in einer Klinik</translation>
        </message>
        <message>
            <source>Completed as planned</source>
            <translation>Wie geplant abgeschlossen</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Vorzeitig beendet</translation>
        </message>
        <message>
            <source>Stopped because of a warning sign</source>
            <translation>Wegen eines Warnzeichens beendet</translation>
        </message>
        <message>
            <source>Interrupted (the app closed)</source>
            <translation>Unterbrochen (die App wurde geschlossen)</translation>
        </message>
        <message>
            <source>Where: {site}
What: {modality}
How long: {minutes}</source>
            <translation>Wo: {site}
Womit: {modality}
Wie lange: {minutes}</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
        <message>
            <source>{first} minutes on, {off} minutes off, then {second} minutes on</source>
            <translation>{first} Minuten auflegen, {off} Minuten Pause, dann {second} Minuten auflegen</translation>
        </message>
        <message>
            <source>Between the cold and the skin: {barrier}</source>
            <translation>Zwischen Kälte und Haut: {barrier}</translation>
        </message>
        <message>
            <source>Start it in ColdCare: it times the cold and asks about your skin.</source>
            <translation>Starten Sie sie in ColdCare: Es misst die Zeit der Kälte und fragt nach Ihrer Haut.</translation>
        </message>
        <message>
            <source>What: {name}
How much: {sets} sets of {reps} repetitions
How long: about {minutes} minutes</source>
            <translation>Was: {name}
Wie viel: {sets} Sätze mit {reps} Wiederholungen
Wie lange: etwa {minutes} Minuten</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Reading the records…</source>
            <translation>Die Einträge werden gelesen…</translation>
        </message>
        <message>
            <source>Collecting everything for the backup…</source>
            <translation>Alles für die Sicherung wird gesammelt…</translation>
        </message>
        <message>
            <source>Saving the file…</source>
            <translation>Die Datei wird gespeichert…</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Die Seiten werden an den Drucker geschickt…</translation>
        </message>
        <message>
            <source>The report could not be printed ({cause}). Check the printer, then try again.</source>
            <translation>Der Bericht konnte nicht gedruckt werden ({cause}). Prüfen Sie den Drucker und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>The report could not be made: {problem}.</source>
            <translation>Der Bericht konnte nicht erstellt werden: {problem}.</translation>
        </message>
        <message>
            <source>Something went wrong while making the report. Nothing was saved. Please try again; if it happens again, the details are in ColdCare's log.</source>
            <translation>Beim Erstellen des Berichts ist etwas schiefgegangen. Es wurde nichts gespeichert. Bitte versuchen Sie es noch einmal; wenn es wieder passiert, stehen die Einzelheiten im Protokoll von ColdCare.</translation>
        </message>
        <message>
            <source>ColdCare backup {date}</source>
            <translation>ColdCare-Sicherung {date}</translation>
        </message>
        <message>
            <source>ColdCare plan {name}</source>
            <translation>ColdCare Plan {name}</translation>
        </message>
        <message>
            <source>ColdCare {name} {first} to {last}</source>
            <translation>ColdCare {name} {first} bis {last}</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Choose the dates</source>
            <translation>Daten wählen</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Erster Tag des Zeitraums</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Letzter Tag des Zeitraums</translation>
        </message>
        <message>
            <source>A full backup always holds everything ColdCare has, for every person: the period does not apply.</source>
            <translation>Eine vollständige Sicherung enthält immer alles, was ColdCare gespeichert hat, für jede Person: Der Zeitraum gilt dafür nicht.</translation>
        </message>
        <message>
            <source>The calendar holds the weekly plan as it stands, repeating week after week: the period does not apply.</source>
            <translation>Der Kalender enthält den Wochenplan, wie er jetzt ist, Woche für Woche wiederholt: der Zeitraum gilt dafür nicht.</translation>
        </message>
        <message>
            <source>Kind of file</source>
            <translation>Art der Datei</translation>
        </message>
        <message>
            <source>PDF summary</source>
            <translation>PDF-Zusammenfassung</translation>
        </message>
        <message>
            <source>To read, print or give to a doctor or physiotherapist: the summary first, then the details you choose.</source>
            <translation>Zum Lesen, Drucken oder Weitergeben an eine Ärztin, einen Arzt oder die Physiotherapie: zuerst die Zusammenfassung, dann die Einzelheiten, die Sie wählen.</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV-Tabelle</translation>
        </message>
        <message>
            <source>Every record as a row, to open in a spreadsheet such as LibreOffice Calc or Excel.</source>
            <translation>Jeder Eintrag als Zeile, zum Öffnen in einer Tabellenkalkulation wie LibreOffice Calc oder Excel.</translation>
        </message>
        <message>
            <source>FHIR R4 JSON for health records</source>
            <translation>FHIR R4 JSON für Gesundheitsakten</translation>
        </message>
        <message>
            <source>For a clinic's health record system that reads FHIR; ask the clinic whether they want it.</source>
            <translation>Für das Aktensystem einer Klinik, das FHIR lesen kann; fragen Sie die Klinik, ob sie das möchte.</translation>
        </message>
        <message>
            <source>iCalendar of the plan</source>
            <translation>Plan als iCalendar</translation>
        </message>
        <message>
            <source>The weekly plan as calendar events, to add to the calendar on a phone or computer.</source>
            <translation>Der Wochenplan als Kalendertermine, für den Kalender auf einem Telefon oder Computer.</translation>
        </message>
        <message>
            <source>Full backup of everything</source>
            <translation>Vollständige Sicherung von allem</translation>
        </message>
        <message>
            <source>Every person's records and settings in one file, to keep safe and to restore ColdCare from later.</source>
            <translation>Die Einträge und Einstellungen aller Personen in einer Datei, zum sicheren Aufbewahren und um ColdCare später daraus wiederherzustellen.</translation>
        </message>
        <message>
            <source>What the PDF includes</source>
            <translation>Was das PDF enthält</translation>
        </message>
        <message>
            <source>The first page is always the summary. Choose the details that follow it.</source>
            <translation>Die erste Seite ist immer die Zusammenfassung. Wählen Sie die Einzelheiten, die danach folgen.</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>Save the report to a file</source>
            <translation>Den Bericht in einer Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the PDF summary</source>
            <translation>Die PDF-Zusammenfassung drucken</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Cancel saving the report</source>
            <translation>Das Speichern des Berichts abbrechen</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>Open the folder with the saved file</source>
            <translation>Den Ordner mit der gespeicherten Datei öffnen</translation>
        </message>
        <message>
            <source>Progress of the report</source>
            <translation>Fortschritt des Berichts</translation>
        </message>
        <message>
            <source>Add a profile first: a report shows one person's records.</source>
            <translation>Legen Sie zuerst ein Profil an: Ein Bericht zeigt die Einträge einer Person.</translation>
        </message>
        <message>
            <source>A file of {name}'s records, to keep, to print or to give to a doctor or physiotherapist.</source>
            <translation>Eine Datei mit den Einträgen von {name}, zum Aufbewahren, Drucken oder Weitergeben an eine Ärztin, einen Arzt oder die Physiotherapie.</translation>
        </message>
        <message>
            <source>The period ends before it starts. Choose a “To” date on or after the “From” date.</source>
            <translation>Der Zeitraum endet, bevor er beginnt. Wählen Sie ein „Bis“-Datum am oder nach dem „Von“-Datum.</translation>
        </message>
        <message>
            <source>From {first} to {last}.</source>
            <translation>Vom {first} bis {last}.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} gibt es schon. Ersetzen?</translation>
        </message>
        <message>
            <source>Replace it</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Den Bericht drucken</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Den Bericht speichern</translation>
        </message>
        <message>
            <source>{kind} (*{suffix})</source>
            <translation>{kind} (*{suffix})</translation>
        </message>
        <message>
            <source>Could not save {path}: it is a folder. Choose a file name inside it, then try again.</source>
            <translation>{path} konnte nicht gespeichert werden: Es ist ein Ordner. Wählen Sie einen Dateinamen darin und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Step {number} of {total}: {doing}</source>
            <translation>Schritt {number} von {total}: {doing}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker geschickt.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert in {path}</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>With Raynaud's or poor circulation, hands and feet must never be cooled, even with a doctor's OK. Choose another spot or another kind of pain relief.</source>
            <translation>Bei Raynaud-Syndrom oder schlechter Durchblutung dürfen Hände und Füße nie gekühlt werden, auch nicht mit ärztlicher Freigabe. Wählen Sie eine andere Stelle oder eine andere Schmerzlinderung.</translation>
        </message>
        <message>
            <source>A pack must never touch bare skin. With diabetes or reduced feeling, wrap it in two layers of cloth.</source>
            <translation>Ein Kältepack darf nie die nackte Haut berühren. Bei Diabetes oder vermindertem Gefühl wickeln Sie es in zwei Lagen Stoff.</translation>
        </message>
        <message>
            <source>A dry cloth lets much less cold through. Two layers of damp cloth work better and still protect the skin.</source>
            <translation>Ein trockenes Tuch lässt viel weniger Kälte durch. Zwei Lagen feuchter Stoff wirken besser und schützen die Haut trotzdem.</translation>
        </message>
        <message>
            <source>A nerve runs just under the skin on the outer side of the knee. Keep to the time shown, do not press or strap the pack on, and never wrap it all the way round. Stop if the foot or lower leg tingles.</source>
            <translation>An der Außenseite des Knies verläuft ein Nerv direkt unter der Haut. Halten Sie die angezeigte Zeit ein, drücken oder binden Sie das Kältepack nicht fest und wickeln Sie es nie ganz herum. Hören Sie auf, wenn Fuß oder Unterschenkel kribbeln.</translation>
        </message>
        <message>
            <source>Cold can cause a dangerous allergic reaction in people with cold urticaria. Do not use cold; ask your doctor about other pain relief.</source>
            <translation>Bei Kälteurtikaria kann Kälte eine gefährliche allergische Reaktion auslösen. Verwenden Sie keine Kälte; fragen Sie Ihre Ärztin oder Ihren Arzt nach anderer Schmerzlinderung.</translation>
        </message>
        <message>
            <source>With cryoglobulinaemia, cold can block small blood vessels. Do not use cold; ask your doctor about other pain relief.</source>
            <translation>Bei Kryoglobulinämie kann Kälte kleine Blutgefäße verstopfen. Verwenden Sie keine Kälte; fragen Sie Ihre Ärztin oder Ihren Arzt nach anderer Schmerzlinderung.</translation>
        </message>
        <message>
            <source>With cold haemoglobinuria, cold can break down red blood cells. Do not use cold; ask your doctor about other pain relief.</source>
            <translation>Bei Kältehämoglobinurie kann Kälte rote Blutkörperchen zerstören. Verwenden Sie keine Kälte; fragen Sie Ihre Ärztin oder Ihren Arzt nach anderer Schmerzlinderung.</translation>
        </message>
        <message>
            <source>Cold is not advised with complex regional pain syndrome (CRPS). Ask your physiotherapist or doctor about other pain relief.</source>
            <translation>Beim komplexen regionalen Schmerzsyndrom (CRPS) wird von Kälte abgeraten. Fragen Sie Ihre Physiotherapie oder Ihre Ärztin oder Ihren Arzt nach anderer Schmerzlinderung.</translation>
        </message>
        <message>
            <source>Whole-body cryotherapy is done at a clinic, with their staff watching. ColdCare never times it: use “Log a clinic visit” on the Today page instead.</source>
            <translation>Ganzkörper-Kältetherapie findet in einer Klinik unter Aufsicht des Personals statt. ColdCare misst dafür nie die Zeit: Nutzen Sie stattdessen „Klinikbesuch eintragen“ auf der Seite Heute.</translation>
        </message>
        <message>
            <source>With Raynaud's or poor circulation, cold needs your doctor's or physiotherapist's OK first. Once they agree, record it on the profile.</source>
            <translation>Bei Raynaud-Syndrom oder schlechter Durchblutung braucht Kälte zuerst die Freigabe Ihrer Ärztin, Ihres Arztes oder Ihrer Physiotherapie. Sobald diese zustimmen, tragen Sie es im Profil ein.</translation>
        </message>
        <message>
            <source>There is no feeling in the skin here, so cold could injure it without any warning. Choose another spot.</source>
            <translation>Die Haut hat hier kein Gefühl, daher könnte Kälte sie ohne jede Warnung verletzen. Wählen Sie eine andere Stelle.</translation>
        </message>
        <message>
            <source>The circulation here is poor, so cold could harm the skin. Choose another spot.</source>
            <translation>Die Durchblutung ist hier schlecht, daher könnte Kälte der Haut schaden. Wählen Sie eine andere Stelle.</translation>
        </message>
        <message>
            <source>A nerve here is still healing, and cold can slow or harm it. Choose another spot.</source>
            <translation>Ein Nerv heilt hier noch, und Kälte kann die Heilung bremsen oder ihm schaden. Wählen Sie eine andere Stelle.</translation>
        </message>
        <message>
            <source>This spot had frostbite or a cold injury before, which makes it easier to injure again. Choose another spot.</source>
            <translation>Diese Stelle hatte schon einmal eine Erfrierung oder einen Kälteschaden und wird daher leichter wieder verletzt. Wählen Sie eine andere Stelle.</translation>
        </message>
        <message>
            <source>The skin here has an open wound, a rash or an infection. Let it heal before using cold here.</source>
            <translation>Die Haut hat hier eine offene Wunde, einen Ausschlag oder eine Entzündung. Lassen Sie sie abheilen, bevor Sie hier Kälte verwenden.</translation>
        </message>
        <message>
            <source>A caregiver must stay for the whole session, because the person may not be able to say when the cold starts to hurt. Turn on “A caregiver stays for every session” on the profile, then start with the caregiver there.</source>
            <translation>Eine Betreuungsperson muss während der ganzen Anwendung dabeibleiben, weil die Person vielleicht nicht sagen kann, wann die Kälte zu schmerzen beginnt. Schalten Sie im Profil „Eine Betreuungsperson bleibt bei jeder Anwendung dabei“ ein und beginnen Sie dann im Beisein der Betreuungsperson.</translation>
        </message>
        <message>
            <source>ColdCare does not time cold for children under 2 years old. Ask a doctor.</source>
            <translation>ColdCare misst keine Kältezeit für Kinder unter 2 Jahren. Fragen Sie eine Ärztin oder einen Arzt.</translation>
        </message>
        <message>
            <source>Cold compression devices are not for children aged 12 or under. Use a wrapped gel pack instead.</source>
            <translation>Kälte-Kompressionsgeräte sind nicht für Kinder bis 12 Jahre. Verwenden Sie stattdessen eine eingewickelte Gelkompresse.</translation>
        </message>
        <message>
            <source>Cold compression devices are not advised with diabetes. Use a pack wrapped in two layers of cloth instead, after asking your doctor.</source>
            <translation>Bei Diabetes wird von Kälte-Kompressionsgeräten abgeraten. Verwenden Sie stattdessen nach Rücksprache mit Ihrer Ärztin oder Ihrem Arzt ein Kältepack in zwei Lagen Stoff.</translation>
        </message>
        <message>
            <source>A nerve runs just under the skin here, and a compression device could press on it. Use a plain pack with no pressure instead.</source>
            <translation>Hier verläuft ein Nerv direkt unter der Haut, und ein Kompressionsgerät könnte darauf drücken. Verwenden Sie stattdessen ein einfaches Kältepack ohne Druck.</translation>
        </message>
        <message>
            <source>A pack must never touch bare skin. Put a thin damp cloth between the pack and the skin.</source>
            <translation>Ein Kältepack darf nie die nackte Haut berühren. Legen Sie ein dünnes, feuchtes Tuch zwischen Kältepack und Haut.</translation>
        </message>
        <message>
            <source>With diabetes or reduced feeling, wrap the pack in two layers of cloth.</source>
            <translation>Bei Diabetes oder vermindertem Gefühl wickeln Sie das Kältepack in zwei Lagen Stoff.</translation>
        </message>
        <message>
            <source>This spot needs {minutes} minutes of rest after each session, so the skin and the tissue under it can warm up again. Wait until the time shown.</source>
            <translation>Diese Stelle braucht nach jeder Anwendung {minutes} Minuten Pause, damit sich Haut und Gewebe darunter wieder erwärmen. Warten Sie bis zur angezeigten Zeit.</translation>
        </message>
        <message>
            <source>This spot has had {count} cold sessions today, the most ColdCare allows in one day. It can be cooled again after midnight.</source>
            <translation>Diese Stelle hatte heute {count} Kälteanwendungen, so viele, wie ColdCare an einem Tag erlaubt. Ab Mitternacht darf sie wieder gekühlt werden.</translation>
        </message>
        <message>
            <source>This spot showed a warning sign recently. It needs 24 hours to recover: wait until the time shown before using cold here again.</source>
            <translation>An dieser Stelle gab es vor Kurzem ein Warnzeichen. Sie braucht 24 Stunden zur Erholung: Warten Sie bis zur angezeigten Zeit, bevor Sie hier wieder Kälte verwenden.</translation>
        </message>
        <message>
            <source>A session stopped for hives, dizziness or swelling. No cold anywhere until a doctor has checked you and this is recorded on the profile.</source>
            <translation>Eine Anwendung wurde wegen Quaddeln, Schwindel oder einer Schwellung beendet. Keine Kälte an irgendeiner Stelle, bis eine Ärztin oder ein Arzt Sie untersucht hat und dies im Profil eingetragen ist.</translation>
        </message>
        <message>
            <source>The skin there is not whole. Let it heal before using cold on it.</source>
            <translation>Die Haut dort ist nicht unverletzt. Lassen Sie sie abheilen, bevor Sie dort Kälte verwenden.</translation>
        </message>
        <message>
            <source>Feeling there is not as usual, so you might not notice the cold hurting the skin. Choose another spot, or ask your doctor.</source>
            <translation>Das Gefühl ist dort nicht wie sonst, daher merken Sie vielleicht nicht, wenn die Kälte der Haut schadet. Wählen Sie eine andere Stelle oder fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
        </message>
        <message>
            <source>The skin has not yet gone back to its normal colour and warmth. Wait until it has before cooling it again.</source>
            <translation>Die Haut hat ihre normale Farbe und Wärme noch nicht wieder. Warten Sie damit, bevor Sie sie wieder kühlen.</translation>
        </message>
        <message>
            <source>Never use cold while you might fall asleep or after medicine that makes you drowsy. Try again when you are fully awake.</source>
            <translation>Verwenden Sie nie Kälte, wenn Sie einschlafen könnten oder nach Medikamenten, die müde machen. Versuchen Sie es wieder, wenn Sie ganz wach sind.</translation>
        </message>
        <message>
            <source>Put the cloth or cover between the pack and the skin first.</source>
            <translation>Legen Sie zuerst das Tuch oder die Hülle zwischen Kältepack und Haut.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most, because a nerve runs just under the skin here.</source>
            <translation>Höchstens {minutes} Minuten, weil hier ein Nerv direkt unter der Haut verläuft.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most, because hands and feet are bony and cool fast.</source>
            <translation>Höchstens {minutes} Minuten, weil Hände und Füße knochig sind und schnell auskühlen.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most on the forehead and temples.</source>
            <translation>Höchstens {minutes} Minuten an Stirn und Schläfen.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most for children aged 12 and under.</source>
            <translation>Höchstens {minutes} Minuten für Kinder bis 12 Jahre.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most from age 65, because the skin gets thinner and feels cold less.</source>
            <translation>Höchstens {minutes} Minuten ab 65 Jahren, weil die Haut dünner wird und Kälte weniger spürt.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most with diabetes or reduced feeling in the skin.</source>
            <translation>Höchstens {minutes} Minuten bei Diabetes oder vermindertem Gefühl in der Haut.</translation>
        </message>
        <message>
            <source>{minutes} minutes at most: the personal limit set on this profile.</source>
            <translation>Höchstens {minutes} Minuten: die persönliche Grenze in diesem Profil.</translation>
        </message>
        <message>
            <source>Cold can raise blood pressure for a short time. If yours is hard to keep under control, ask your doctor before using cold.</source>
            <translation>Kälte kann den Blutdruck kurzzeitig erhöhen. Wenn Ihr Blutdruck schwer einzustellen ist, fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie Kälte verwenden.</translation>
        </message>
        <message>
            <source>With heart disease, check with your doctor that cold therapy is right for you.</source>
            <translation>Bei einer Herzerkrankung klären Sie mit Ihrer Ärztin oder Ihrem Arzt, ob Kältetherapie für Sie geeignet ist.</translation>
        </message>
        <message>
            <source>With heart disease, cold on the left shoulder is an old caution in physiotherapy. Ask your doctor before cooling here.</source>
            <translation>Bei einer Herzerkrankung gilt Kälte an der linken Schulter in der Physiotherapie seit Langem als Vorsichtspunkt. Fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie hier kühlen.</translation>
        </message>
        <message>
            <source>Your arthritis can get worse with cold. Stop if pain or stiffness increases.</source>
            <translation>Ihre Arthritis kann durch Kälte schlimmer werden. Hören Sie auf, wenn Schmerzen oder Steifheit zunehmen.</translation>
        </message>
        <message>
            <source>With diabetes, ask your doctor or nurse before using cold, and check your skin often.</source>
            <translation>Bei Diabetes fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Pflegekraft, bevor Sie Kälte verwenden, und kontrollieren Sie Ihre Haut oft.</translation>
        </message>
        <message>
            <source>Do not press on the front of the neck. Lay the pack there gently, with no weight or strap on it.</source>
            <translation>Drücken Sie nicht auf die Vorderseite des Halses. Legen Sie das Kältepack dort sanft auf, ohne Gewicht oder Band.</translation>
        </message>
        <message>
            <source>You have fainted before. Cold on the front of the neck may make you feel faint. Lie down, and stop at once if you feel dizzy.</source>
            <translation>Sie sind schon einmal ohnmächtig geworden. Kälte an der Vorderseite des Halses kann zu Schwäche oder Ohnmacht führen. Legen Sie sich hin und hören Sie sofort auf, wenn Ihnen schwindlig wird.</translation>
        </message>
        <message>
            <source>Keep the pack below the ribs, away from the kidney area.</source>
            <translation>Halten Sie das Kältepack unterhalb der Rippen, weg von der Nierengegend.</translation>
        </message>
        <message>
            <source>A nerve runs near the skin at the front of the hip. Keep the pack to the side of the hip, and stop if the thigh tingles or goes numb.</source>
            <translation>An der Vorderseite der Hüfte verläuft ein Nerv nah unter der Haut. Legen Sie das Kältepack seitlich an die Hüfte und hören Sie auf, wenn der Oberschenkel kribbelt oder taub wird.</translation>
        </message>
        <message>
            <source>A nerve runs near the skin at the back of the thigh, just above the knee. Keep the pack away from there, and stop if the leg or foot tingles.</source>
            <translation>An der Rückseite des Oberschenkels, knapp über dem Knie, verläuft ein Nerv nah unter der Haut. Halten Sie das Kältepack davon fern und hören Sie auf, wenn Bein oder Fuß kribbeln.</translation>
        </message>
        <message>
            <source>A nerve runs just under the skin on the outer side of the knee. Keep the cold on the front and inner side, and never wrap it all the way round.</source>
            <translation>An der Außenseite des Knies verläuft ein Nerv direkt unter der Haut. Kühlen Sie nur die Vorder- und Innenseite und wickeln Sie die Kälte nie ganz herum.</translation>
        </message>
        <message>
            <source>Keep the ice moving, and away from bone close to the skin such as the kneecap, the point of the elbow or the spine.</source>
            <translation>Bewegen Sie das Eis ständig und halten Sie es fern von Knochen dicht unter der Haut, wie Kniescheibe, Ellbogenspitze oder Wirbelsäule.</translation>
        </message>
        <message>
            <source>A dry cloth lets much less cold through. A thin damp cloth works better.</source>
            <translation>Ein trockenes Tuch lässt viel weniger Kälte durch. Ein dünnes, feuchtes Tuch wirkt besser.</translation>
        </message>
        <message>
            <source>Your doctor has said cold is OK despite Raynaud's or poor circulation. Check your skin carefully and stop if it turns white or blue.</source>
            <translation>Ihre Ärztin oder Ihr Arzt hat Kälte trotz Raynaud-Syndrom oder schlechter Durchblutung freigegeben. Kontrollieren Sie Ihre Haut sorgfältig und hören Sie auf, wenn sie weiß oder blau wird.</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>morgen {time}</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Vorsicht</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Grenze</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>Why? Show the sources</source>
            <translation>Warum? Die Quellen zeigen</translation>
        </message>
        <message>
            <source>Why these numbers? Show the sources</source>
            <translation>Warum diese Zahlen? Quellen zeigen</translation>
        </message>
        <message>
            <source>Then this spot rests for {rest} minutes.</source>
            <translation>Danach braucht diese Stelle {rest} Minuten Pause.</translation>
        </message>
        <message>
            <source>Not now. This spot can be cooled again at {when}.</source>
            <translation>Jetzt nicht. Diese Stelle darf ab {when} wieder gekühlt werden.</translation>
        </message>
        <message>
            <source>This session cannot start. The reasons are below.</source>
            <translation>Diese Anwendung kann nicht beginnen. Die Gründe stehen unten.</translation>
        </message>
        <message>
            <source>Safe to start: {maximum} minutes at most. Skin check every {check} minutes.</source>
            <translation>Sie können beginnen: höchstens {maximum} Minuten. Hautkontrolle alle {check} Minuten.</translation>
        </message>
        <message>
            <source>Safe to start: {recommended} minutes is usual, never more than {maximum} minutes. Skin check every {check} minutes.</source>
            <translation>Sie können beginnen: üblich sind {recommended} Minuten, nie mehr als {maximum} Minuten. Hautkontrolle alle {check} Minuten.</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Have you ever had hives, itchy welts or swelling after touching something cold or being in cold water?</source>
            <translation>Hatten Sie schon einmal Nesselausschlag, juckende Quaddeln oder Schwellungen, nachdem Sie etwas Kaltes berührt haben oder in kaltem Wasser waren?</translation>
        </message>
        <message>
            <source>This can be cold urticaria, an allergy to cold. Cold packs could then cause a dangerous reaction.</source>
            <translation>Das kann eine Kälteurtikaria sein, eine Allergie gegen Kälte. Kältepacks könnten dann eine gefährliche Reaktion auslösen.</translation>
        </message>
        <message>
            <source>Has a doctor told you that you have cryoglobulinaemia (proteins in the blood that clump together in the cold)?</source>
            <translation>Hat Ihnen eine Ärztin oder ein Arzt gesagt, dass Sie eine Kryoglobulinämie haben (Eiweiße im Blut, die bei Kälte verklumpen)?</translation>
        </message>
        <message>
            <source>Cold can then block small blood vessels and harm the skin.</source>
            <translation>Kälte kann dann kleine Blutgefäße verstopfen und der Haut schaden.</translation>
        </message>
        <message>
            <source>Has a doctor told you that you have cold haemoglobinuria (dark urine or anaemia after getting cold)?</source>
            <translation>Hat Ihnen eine Ärztin oder ein Arzt gesagt, dass Sie eine Kältehämoglobinurie haben (dunkler Urin oder Blutarmut nach Kälte)?</translation>
        </message>
        <message>
            <source>Cold can then break down red blood cells.</source>
            <translation>Kälte kann dann rote Blutkörperchen zerstören.</translation>
        </message>
        <message>
            <source>Has a doctor told you that you have complex regional pain syndrome (CRPS)?</source>
            <translation>Hat Ihnen eine Ärztin oder ein Arzt gesagt, dass Sie ein komplexes regionales Schmerzsyndrom (CRPS) haben?</translation>
        </message>
        <message>
            <source>Cold is not advised with CRPS: it can make the pain worse.</source>
            <translation>Bei CRPS wird von Kälte abgeraten: Sie kann die Schmerzen verstärken.</translation>
        </message>
        <message>
            <source>Do your fingers or toes turn white or blue in the cold (Raynaud's)?</source>
            <translation>Werden Ihre Finger oder Zehen bei Kälte weiß oder blau (Raynaud-Syndrom)?</translation>
        </message>
        <message>
            <source>With Raynaud's, cold can shut off the blood flow. Hands and feet are never cooled, and other places only with your doctor's OK.</source>
            <translation>Beim Raynaud-Syndrom kann Kälte die Durchblutung abschnüren. Hände und Füße werden nie gekühlt, andere Stellen nur mit ärztlicher Freigabe.</translation>
        </message>
        <message>
            <source>Do you have poor circulation in your legs or arms, for example leg pain when walking that eases when you rest?</source>
            <translation>Haben Sie eine schlechte Durchblutung in Beinen oder Armen, zum Beispiel Beinschmerzen beim Gehen, die in Ruhe nachlassen?</translation>
        </message>
        <message>
            <source>Cold narrows the blood vessels further. Hands and feet are never cooled, and other places only with your doctor's OK.</source>
            <translation>Kälte verengt die Blutgefäße noch mehr. Hände und Füße werden nie gekühlt, andere Stellen nur mit ärztlicher Freigabe.</translation>
        </message>
        <message>
            <source>Do you have diabetes?</source>
            <translation>Haben Sie Diabetes?</translation>
        </message>
        <message>
            <source>Diabetes can reduce feeling and circulation in the skin. Sessions are shorter, the pack needs two layers of cloth, and the skin is checked more often.</source>
            <translation>Diabetes kann Gefühl und Durchblutung der Haut vermindern. Die Anwendungen sind kürzer, das Kältepack braucht zwei Lagen Stoff, und die Haut wird öfter kontrolliert.</translation>
        </message>
        <message>
            <source>Is the feeling in your skin weaker anywhere, for example numb feet or hands?</source>
            <translation>Ist das Gefühl in Ihrer Haut irgendwo schwächer, zum Beispiel taube Füße oder Hände?</translation>
        </message>
        <message>
            <source>If you cannot feel the cold well, it can injure the skin without warning. Sessions are shorter and the skin is checked more often.</source>
            <translation>Wenn Sie die Kälte nicht gut spüren, kann sie die Haut ohne Warnung verletzen. Die Anwendungen sind kürzer, und die Haut wird öfter kontrolliert.</translation>
        </message>
        <message>
            <source>Do you have high blood pressure?</source>
            <translation>Haben Sie hohen Blutdruck?</translation>
        </message>
        <message>
            <source>Cold can raise blood pressure for a short time. ColdCare reminds you.</source>
            <translation>Kälte kann den Blutdruck kurzzeitig erhöhen. ColdCare erinnert Sie daran.</translation>
        </message>
        <message>
            <source>Do you have heart disease, such as angina, a past heart attack or an irregular heartbeat?</source>
            <translation>Haben Sie eine Herzerkrankung, etwa Angina pectoris, einen früheren Herzinfarkt oder unregelmäßigen Herzschlag?</translation>
        </message>
        <message>
            <source>Cold puts a small strain on the heart. ColdCare asks you to check with your doctor, and takes extra care with the left shoulder.</source>
            <translation>Kälte belastet das Herz ein wenig. ColdCare bittet Sie, das mit Ihrer Ärztin oder Ihrem Arzt zu klären, und ist an der linken Schulter besonders vorsichtig.</translation>
        </message>
        <message>
            <source>Do you have arthritis (for example rheumatoid arthritis) that gets worse in the cold?</source>
            <translation>Haben Sie eine Arthritis (zum Beispiel rheumatoide Arthritis), die bei Kälte schlimmer wird?</translation>
        </message>
        <message>
            <source>Cold may then increase pain or stiffness. ColdCare reminds you to stop.</source>
            <translation>Kälte kann dann Schmerzen oder Steifheit verstärken. ColdCare erinnert Sie daran, aufzuhören.</translation>
        </message>
        <message>
            <source>Is it hard for the person using the cold to notice or say when something hurts or feels wrong, for example because of dementia?</source>
            <translation>Fällt es der Person, die die Kälte anwendet, schwer zu merken oder zu sagen, wenn etwas wehtut oder sich falsch anfühlt, zum Beispiel wegen einer Demenz?</translation>
        </message>
        <message>
            <source>Then a caregiver must stay for the whole session and answer the skin checks.</source>
            <translation>Dann muss eine Betreuungsperson während der ganzen Anwendung dabeibleiben und die Hautkontrollen beantworten.</translation>
        </message>
        <message>
            <source>Have you ever fainted?</source>
            <translation>Sind Sie schon einmal ohnmächtig geworden?</translation>
        </message>
        <message>
            <source>Cold on the front of the neck can make some people feel faint. ColdCare warns you there.</source>
            <translation>Kälte an der Vorderseite des Halses kann bei manchen Menschen zu Ohnmacht führen. ColdCare warnt Sie dort.</translation>
        </message>
        <message>
            <source>A few yes-or-no questions keep cold therapy safe for you. If you are filling this in for someone else, answer for them. Nothing leaves this computer.</source>
            <translation>Ein paar Ja-Nein-Fragen sorgen dafür, dass Kältetherapie für Sie sicher ist. Wenn Sie dies für jemand anderen ausfüllen, antworten Sie für diese Person. Nichts verlässt diesen Computer.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Pain ratings and weekly questions</source>
            <translation>Schmerzwerte und wöchentliche Fragen</translation>
        </message>
        <message>
            <source>Cold sessions and skin checks</source>
            <translation>Kälteanwendungen und Hautkontrollen</translation>
        </message>
        <message>
            <source>Exercises and the plan kept</source>
            <translation>Übungen und Einhaltung des Plans</translation>
        </message>
        <message>
            <source>Warning signs and corrections</source>
            <translation>Warnzeichen und Korrekturen</translation>
        </message>
        <message>
            <source>The weekly plan</source>
            <translation>Der Wochenplan</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>A caregiver must be there for the whole session.</source>
            <translation>Eine Betreuungsperson muss während der ganzen Anwendung dabei sein.</translation>
        </message>
        <message>
            <source>A cold session is running</source>
            <translation>Eine Kälteanwendung läuft</translation>
        </message>
        <message>
            <source>The timer keeps going and will still tell you when to take the pack off.</source>
            <translation>Der Timer läuft weiter und sagt Ihnen trotzdem, wann Sie das Kältepack abnehmen müssen.</translation>
        </message>
        <message>
            <source>ColdCare cannot save</source>
            <translation>ColdCare kann nicht speichern</translation>
        </message>
        <message>
            <source>Stop now. Take the pack off.</source>
            <translation>Jetzt aufhören. Nehmen Sie das Kältepack ab.</translation>
        </message>
        <message>
            <source>How is the skin now?</source>
            <translation>Wie geht es der Haut jetzt?</translation>
        </message>
        <message>
            <source>It is 30 minutes since the pack came off. Please answer a few questions.</source>
            <translation>Das Kältepack ist seit 30 Minuten ab. Bitte beantworten Sie ein paar Fragen.</translation>
        </message>
        <message>
            <source>Please check the skin under the pack now.</source>
            <translation>Bitte kontrollieren Sie jetzt die Haut unter dem Kältepack.</translation>
        </message>
        <message>
            <source>Time to check your skin.</source>
            <translation>Zeit für die Hautkontrolle.</translation>
        </message>
        <message>
            <source>Skin check</source>
            <translation>Hautkontrolle</translation>
        </message>
        <message>
            <source>Please take the pack off now.</source>
            <translation>Bitte nehmen Sie das Kältepack jetzt ab.</translation>
        </message>
        <message>
            <source>Take the pack off</source>
            <translation>Kältepack abnehmen</translation>
        </message>
        <message>
            <source>The break is over. You can put the pack back on.</source>
            <translation>Die Pause ist vorbei. Sie können das Kältepack wieder auflegen.</translation>
        </message>
        <message>
            <source>Second cold phase</source>
            <translation>Zweite Kältephase</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>The session cannot start now.</source>
            <translation>Die Anwendung kann jetzt nicht beginnen.</translation>
        </message>
    </context>
    <context>
        <name>SessionRun</name>
        <message>
            <source>Stop the session</source>
            <translation>Die Anwendung beenden</translation>
        </message>
        <message>
            <source>What is wrong? Choose everything you notice.</source>
            <translation>Was stimmt nicht? Wählen Sie alles, was Sie bemerken.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Nothing is wrong, I just want to stop</source>
            <translation>Alles in Ordnung, ich möchte nur aufhören</translation>
        </message>
        <message>
            <source>Stop for these signs</source>
            <translation>Wegen dieser Zeichen beenden</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Take the pack off for a moment; the countdown waits.</source>
            <translation>Nehmen Sie das Kältepack kurz ab; der Countdown wartet.</translation>
        </message>
        <message>
            <source>I took the pack off</source>
            <translation>Ich habe das Kältepack abgenommen</translation>
        </message>
        <message>
            <source>Stop: something is wrong</source>
            <translation>Stopp: Etwas stimmt nicht</translation>
        </message>
        <message>
            <source>Take the pack off now</source>
            <translation>Kältepack jetzt abnehmen</translation>
        </message>
        <message>
            <source>Done, it's off</source>
            <translation>Erledigt, es ist ab</translation>
        </message>
        <message>
            <source>Break: keep the pack off</source>
            <translation>Pause: Lassen Sie das Kältepack ab</translation>
        </message>
        <message>
            <source>ColdCare will tell you when to put it back on.</source>
            <translation>ColdCare sagt Ihnen, wann Sie es wieder auflegen.</translation>
        </message>
        <message>
            <source>Finish now, without the second round</source>
            <translation>Jetzt beenden, ohne die zweite Runde</translation>
        </message>
        <message>
            <source>Put the pack back on</source>
            <translation>Legen Sie das Kältepack wieder auf</translation>
        </message>
        <message>
            <source>The break is over. Wrap the pack as before.</source>
            <translation>Die Pause ist vorbei. Wickeln Sie das Kältepack ein wie vorher.</translation>
        </message>
        <message>
            <source>It is back on</source>
            <translation>Es liegt wieder auf</translation>
        </message>
        <message>
            <source>Call emergency services now (112 in Europe, 911 in North America). Swelling of the lips or throat, or wheezing, can be a serious allergic reaction to cold.</source>
            <translation>Rufen Sie jetzt den Notruf (112 in Europa, 911 in Nordamerika). Schwellungen von Lippen oder Hals oder pfeifender Atem können eine schwere allergische Reaktion auf Kälte sein.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>Why? Show the sources</source>
            <translation>Warum? Quellen zeigen</translation>
        </message>
        <message>
            <source>The pack is off</source>
            <translation>Das Kältepack ist ab</translation>
        </message>
        <message>
            <source>Well done. The pack is off.</source>
            <translation>Gut gemacht. Das Kältepack ist ab.</translation>
        </message>
        <message>
            <source>How does the skin look now?</source>
            <translation>Wie sieht die Haut jetzt aus?</translation>
        </message>
        <message>
            <source>How is your pain now?</source>
            <translation>Wie stark sind Ihre Schmerzen jetzt?</translation>
        </message>
        <message>
            <source>Save and finish</source>
            <translation>Speichern und beenden</translation>
        </message>
        <message>
            <source>{time} until the second round</source>
            <translation>{time} bis zur zweiten Runde</translation>
        </message>
        <message>
            <source>{site} — {modality}, {barrier}</source>
            <translation>{site} — {modality} · {barrier}</translation>
        </message>
        <message>
            <source>{site} — {modality}</source>
            <translation>{site} — {modality}</translation>
        </message>
        <message>
            <source>{maximum} minutes at most.</source>
            <translation>Höchstens {maximum} Minuten.</translation>
        </message>
        <message>
            <source>Recommended {recommended} min. Never more than {maximum} min.</source>
            <translation>Empfohlen {recommended} Min. Nie mehr als {maximum} Min.</translation>
        </message>
        <message>
            <source>Next skin check in {time}</source>
            <translation>Nächste Hautkontrolle in {time}</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runde {n} von {total}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>The time is up. Take the pack off, then press the button.</source>
            <translation>Die Zeit ist um. Nehmen Sie das Kältepack ab und drücken Sie dann die Taste.</translation>
        </message>
        <message>
            <source>The first round is over. Take the pack off for the break.</source>
            <translation>Die erste Runde ist vorbei. Nehmen Sie das Kältepack für die Pause ab.</translation>
        </message>
        <message>
            <source>{n} more minutes</source>
            <translation>Noch {n} Minuten</translation>
        </message>
        <message>
            <source>End the session?</source>
            <translation>Die Anwendung beenden?</translation>
        </message>
        <message>
            <source>Is the pack off? This ends the session now.</source>
            <translation>Ist das Kältepack ab? Damit endet die Anwendung jetzt.</translation>
        </message>
        <message>
            <source>Keep cold away from this spot</source>
            <translation>Keine Kälte an diese Stelle</translation>
        </message>
        <message>
            <source>Stop now. Take the pack off.</source>
            <translation>Jetzt aufhören. Nehmen Sie das Kältepack ab.</translation>
        </message>
        <message>
            <source>I understand</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>No cold on this spot until {when}.</source>
            <translation>Keine Kälte an dieser Stelle bis {when}.</translation>
        </message>
        <message>
            <source>No cold anywhere until a doctor has checked you and this is recorded on the profile.</source>
            <translation>Keine Kälte an irgendeiner Stelle, bis eine Ärztin oder ein Arzt Sie untersucht hat und dies im Profil eingetragen ist.</translation>
        </message>
        <message>
            <source>This has been recorded for your physiotherapist.</source>
            <translation>Dies wurde für Ihre Physiotherapie festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>SessionSetup</name>
        <message>
            <source>From the freezer; always wrapped.</source>
            <translation>Aus dem Gefrierfach; immer eingewickelt.</translation>
        </message>
        <message>
            <source>Crushed or cubed ice in a bag; always wrapped.</source>
            <translation>Crushed Ice oder Eiswürfel in einem Beutel; immer eingewickelt.</translation>
        </message>
        <message>
            <source>A bag of peas or corn; always wrapped.</source>
            <translation>Ein Beutel Erbsen oder Mais; immer eingewickelt.</translation>
        </message>
        <message>
            <source>Squeeze to start; always wrapped.</source>
            <translation>Zum Starten zusammendrücken; immer eingewickelt.</translation>
        </message>
        <message>
            <source>Ice rubbed gently over the skin, always moving.</source>
            <translation>Eis sanft über die Haut reiben, immer in Bewegung.</translation>
        </message>
        <message>
            <source>Hand, foot, elbow or lower leg in cold water.</source>
            <translation>Hand, Fuß, Ellbogen oder Unterschenkel in kaltem Wasser.</translation>
        </message>
        <message>
            <source>A machine with a cold cuff, used with its cover.</source>
            <translation>Ein Gerät mit Kältemanschette, mit seiner Hülle verwendet.</translation>
        </message>
        <message>
            <source>A cloth wet with cold tap water.</source>
            <translation>Ein Tuch, mit kaltem Leitungswasser befeuchtet.</translation>
        </message>
        <message>
            <source>Where will the cold go?</source>
            <translation>Wohin kommt die Kälte?</translation>
        </message>
        <message>
            <source>What will you use?</source>
            <translation>Was verwenden Sie?</translation>
        </message>
        <message>
            <source>Kind of cold</source>
            <translation>Art der Kälte</translation>
        </message>
        <message>
            <source>What is between the cold and the skin?</source>
            <translation>Was liegt zwischen Kälte und Haut?</translation>
        </message>
        <message>
            <source>Cloth or cover</source>
            <translation>Tuch oder Hülle</translation>
        </message>
        <message>
            <source>Water temperature</source>
            <translation>Wassertemperatur</translation>
        </message>
        <message>
            <source>Water temperature (use a thermometer)</source>
            <translation>Wassertemperatur (mit einem Thermometer messen)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Minutes of cold</source>
            <translation>Minuten Kälte</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Wie lange</translation>
        </message>
        <message>
            <source>Two shorter rounds with a break in between</source>
            <translation>Zwei kürzere Runden mit einer Pause dazwischen</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>Please answer each question.</source>
            <translation>Bitte beantworten Sie jede Frage.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>How is your pain right now?</source>
            <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
        </message>
        <message>
            <source>A caregiver is here and will stay for the whole session</source>
            <translation>Eine Betreuungsperson ist da und bleibt während der ganzen Anwendung</translation>
        </message>
        <message>
            <source>A caregiver must be there for the whole session. When they are, tick the box above; then the timer can start.</source>
            <translation>Eine Betreuungsperson muss während der ganzen Anwendung dabei sein. Wenn sie da ist, setzen Sie oben das Häkchen; dann kann der Timer starten.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Not now, back to Today</source>
            <translation>Jetzt nicht, zurück zu Heute</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Your computer cannot play the alarm: {reason}. Turn the sound up or plug in speakers. ColdCare will flash the window instead, so keep it in sight.</source>
            <translation>Ihr Computer kann den Alarm nicht abspielen: {reason}. Drehen Sie den Ton lauter oder schließen Sie Lautsprecher an. ColdCare lässt stattdessen das Fenster blinken, behalten Sie es also im Blick.</translation>
        </message>
        <message>
            <source>locked until {when}</source>
            <translation>gesperrt bis {when}</translation>
        </message>
        <message>
            <source>resting until {when}</source>
            <translation>Pause bis {when}</translation>
        </message>
        <message>
            <source>Step {n} of 3</source>
            <translation>Schritt {n} von 3</translation>
        </message>
        <message>
            <source>Start the timer</source>
            <translation>Den Timer starten</translation>
        </message>
        <message>
            <source>{on} min cold, {off} min break, {on} min cold</source>
            <translation>{on} Min. Kälte, {off} Min. Pause, {on} Min. Kälte</translation>
        </message>
        <message>
            <source>This is during your sleep hours ({start} to {end}). Stay awake for the whole session: cold left on while you sleep can hurt the skin. If you are sleepy, choose Not now.</source>
            <translation>Das ist während Ihrer Ruhezeit ({start} bis {end}). Bleiben Sie während der ganzen Anwendung wach: Kälte, die im Schlaf liegen bleibt, kann der Haut schaden. Wenn Sie müde sind, wählen Sie „Jetzt nicht“.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Text size</source>
            <translation>Textgröße</translation>
        </message>
        <message>
            <source>How large all text is, from 100 % to 200 %.</source>
            <translation>Wie groß aller Text ist, von 100 % bis 200 %.</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Follow the computer, or always light, dark or high contrast.</source>
            <translation>Wie der Computer, oder immer hell, dunkel oder mit hohem Kontrast.</translation>
        </message>
        <message>
            <source>Alarm loudness</source>
            <translation>Lautstärke des Alarms</translation>
        </message>
        <message>
            <source>How loud the alarm starts. It always grows to full loudness until you answer.</source>
            <translation>Wie laut der Alarm beginnt. Er wird immer lauter bis zur vollen Lautstärke, bis Sie antworten.</translation>
        </message>
        <message>
            <source>Sound for reminders</source>
            <translation>Ton bei Erinnerungen</translation>
        </message>
        <message>
            <source>Play a tone when a planned session or exercise is due.</source>
            <translation>Einen Ton abspielen, wenn eine geplante Anwendung oder Übung fällig ist.</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Gesprochene Anleitung</translation>
        </message>
        <message>
            <source>Say prompts aloud, such as “Time to check your skin”, where possible.</source>
            <translation>Hinweise laut sprechen, etwa „Zeit für die Hautkontrolle“, wo es möglich ist.</translation>
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation>Desktop-Benachrichtigungen</translation>
        </message>
        <message>
            <source>Show reminders and alarms as notifications, as well as in the window.</source>
            <translation>Erinnerungen und Alarme zusätzlich zum Fenster als Benachrichtigungen zeigen.</translation>
        </message>
        <message>
            <source>Sleep hours start</source>
            <translation>Beginn der Ruhezeit</translation>
        </message>
        <message>
            <source>No reminders from this time.</source>
            <translation>Ab dieser Uhrzeit keine Erinnerungen.</translation>
        </message>
        <message>
            <source>Sleep hours end</source>
            <translation>Ende der Ruhezeit</translation>
        </message>
        <message>
            <source>Reminders start again at this time.</source>
            <translation>Ab dieser Uhrzeit wieder Erinnerungen.</translation>
        </message>
        <message>
            <source>Remind me to rate my pain each day</source>
            <translation>Mich täglich an die Schmerzabfrage erinnern</translation>
        </message>
        <message>
            <source>Once a day ColdCare asks how your pain is, unless you have rated it already that day.</source>
            <translation>Einmal am Tag fragt ColdCare, wie stark Ihre Schmerzen sind, außer Sie haben sie an diesem Tag schon bewertet.</translation>
        </message>
        <message>
            <source>Time of the daily pain reminder</source>
            <translation>Uhrzeit der täglichen Schmerzabfrage</translation>
        </message>
        <message>
            <source>When ColdCare asks. In sleep hours it asks when they end instead.</source>
            <translation>Wann ColdCare fragt. In der Ruhezeit fragt es stattdessen, wenn sie endet.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Follow the computer, or always English or German.</source>
            <translation>Wie der Computer, oder immer Englisch oder Deutsch.</translation>
        </message>
        <message>
            <source>Active profile</source>
            <translation>Aktives Profil</translation>
        </message>
        <message>
            <source>Whose data is shown (0: none chosen yet).</source>
            <translation>Wessen Daten gezeigt werden (0: noch keines gewählt).</translation>
        </message>
        <message>
            <source>Tray hint shown</source>
            <translation>Hinweis zum Infobereich gezeigt</translation>
        </message>
        <message>
            <source>Whether ColdCare has said once that closing the window keeps it in the tray.</source>
            <translation>Ob ColdCare einmal gesagt hat, dass es nach dem Schließen des Fensters im Infobereich bleibt.</translation>
        </message>
        <message>
            <source>Start ColdCare when I log in</source>
            <translation>ColdCare beim Anmelden starten</translation>
        </message>
        <message>
            <source>ColdCare opens by itself when you log in to this computer, so reminders are not missed.</source>
            <translation>ColdCare öffnet sich von selbst, wenn Sie sich an diesem Computer anmelden, damit keine Erinnerungen verpasst werden.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Auf diesem Computer</translation>
        </message>
        <message>
            <source>Follow the computer</source>
            <translation>Wie der Computer</translation>
        </message>
        <message>
            <source>German on a computer set to German, English on any other</source>
            <translation>Deutsch auf einem Computer mit deutscher Sprache, sonst Englisch</translation>
        </message>
        <message>
            <source>Always English</source>
            <translation>Immer Englisch</translation>
        </message>
        <message>
            <source>Always German</source>
            <translation>Immer Deutsch</translation>
        </message>
        <message>
            <source>ColdCare speaks</source>
            <translation>ColdCare spricht</translation>
        </message>
        <message>
            <source>Takes effect the next time ColdCare starts.</source>
            <translation>Gilt ab dem nächsten Start von ColdCare.</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <source>{year} ({age} this year)</source>
            <translation>{year} (dieses Jahr {age})</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>Ausgefüllt von</translation>
        </message>
        <message>
            <source>Health questions answered Yes</source>
            <translation>Gesundheitsfragen mit Ja beantwortet</translation>
        </message>
        <message>
            <source>Health questions last answered</source>
            <translation>Gesundheitsfragen zuletzt beantwortet</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>{condition}, {date}, by {name}</source>
            <translation>{condition}, {date}, von {name}</translation>
        </message>
        <message>
            <source>Doctor's OK</source>
            <translation>Ärztliche Freigabe</translation>
        </message>
        <message>
            <source>No cold at</source>
            <translation>Keine Kälte an</translation>
        </message>
        <message>
            <source>Personal limit</source>
            <translation>Persönliche Grenze</translation>
        </message>
        <message>
            <source>at most {minutes} min of cold</source>
            <translation>höchstens {minutes} Min. Kälte</translation>
        </message>
        <message>
            <source>Personal rest</source>
            <translation>Persönliche Pause</translation>
        </message>
        <message>
            <source>at least {minutes} min between sessions</source>
            <translation>mindestens {minutes} Min. zwischen Anwendungen</translation>
        </message>
        <message>
            <source>Supervised</source>
            <translation>Betreut</translation>
        </message>
        <message>
            <source>A caregiver stays for every session</source>
            <translation>Eine Betreuungsperson bleibt bei jeder Anwendung dabei</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Profil bearbeiten</translation>
        </message>
        <message>
            <source>Saving also counts as checking the health answers today.</source>
            <translation>Das Speichern gilt auch als heutige Prüfung der Gesundheitsantworten.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the profile</source>
            <translation>Das Profil speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Abbrechen, ohne zu speichern</translation>
        </message>
        <message>
            <source>Close without saving?</source>
            <translation>Schließen, ohne zu speichern?</translation>
        </message>
        <message>
            <source>Your changes to the profile will be lost.</source>
            <translation>Ihre Änderungen am Profil gehen verloren.</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Schließen, ohne zu speichern</translation>
        </message>
        <message>
            <source>Profile and settings</source>
            <translation>Profil und Einstellungen</translation>
        </message>
        <message>
            <source>Saved: {setting}</source>
            <translation>Gespeichert: {setting}</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Ihr Profil</translation>
        </message>
        <message>
            <source>No profile yet.</source>
            <translation>Noch kein Profil.</translation>
        </message>
        <message>
            <source>Time to look at the health questions again (every 6 months). Press “Edit profile”, check the answers and save.</source>
            <translation>Zeit, die Gesundheitsfragen wieder anzusehen (alle 6 Monate). Drücken Sie „Profil bearbeiten“, prüfen Sie die Antworten und speichern Sie.</translation>
        </message>
        <message>
            <source>Saved: the profile</source>
            <translation>Gespeichert: das Profil</translation>
        </message>
        <message>
            <source>Look</source>
            <translation>Aussehen</translation>
        </message>
        <message>
            <source>Preview: this is how big the words will be.</source>
            <translation>Vorschau: So groß werden die Wörter.</translation>
        </message>
        <message>
            <source>Light or dark, as the computer is set</source>
            <translation>Hell oder dunkel, wie am Computer eingestellt</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark words on a light background</source>
            <translation>Dunkle Schrift auf hellem Hintergrund</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Light words on a dark background</source>
            <translation>Helle Schrift auf dunklem Hintergrund</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>White on black, with strong borders</source>
            <translation>Weiß auf Schwarz, mit kräftigen Rändern</translation>
        </message>
        <message>
            <source>Sound and voice</source>
            <translation>Ton und Stimme</translation>
        </message>
        <message>
            <source>Test the alarm</source>
            <translation>Den Alarm testen</translation>
        </message>
        <message>
            <source>The alarm played. If you did not hear it, turn the computer's volume up.</source>
            <translation>Der Alarm wurde abgespielt. Wenn Sie ihn nicht gehört haben, drehen Sie die Lautstärke des Computers auf.</translation>
        </message>
        <message>
            <source>ColdCare cannot play the alarm: {reason}. Turn the volume up or plug in speakers; ColdCare will also flash the window.</source>
            <translation>ColdCare kann den Alarm nicht abspielen: {reason}. Drehen Sie die Lautstärke auf oder schließen Sie Lautsprecher an; ColdCare lässt außerdem das Fenster blinken.</translation>
        </message>
        <message>
            <source>Test the voice</source>
            <translation>Die Stimme testen</translation>
        </message>
        <message>
            <source>Spoken guidance is off. Prompts are shown and sounded.</source>
            <translation>Die gesprochene Anleitung ist aus. Hinweise werden angezeigt und mit einem Ton gemeldet.</translation>
        </message>
        <message>
            <source>ColdCare cannot speak on this computer: {reason}. Every prompt is still shown on the screen and sounded.</source>
            <translation>ColdCare kann auf diesem Computer nicht sprechen: {reason}. Jeder Hinweis wird trotzdem auf dem Bildschirm angezeigt und mit einem Ton gemeldet.</translation>
        </message>
        <message>
            <source>This is ColdCare. Time to check your skin.</source>
            <translation>Hier ist ColdCare. Zeit für die Hautkontrolle.</translation>
        </message>
        <message>
            <source>ColdCare is speaking. If you heard nothing, turn the volume up.</source>
            <translation>ColdCare spricht. Wenn Sie nichts gehört haben, drehen Sie die Lautstärke auf.</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Daily pain reminder</source>
            <translation>Tägliche Schmerzabfrage</translation>
        </message>
        <message>
            <source>Sleep hours</source>
            <translation>Ruhezeit</translation>
        </message>
        <message>
            <source>ColdCare gives no reminders during these hours.</source>
            <translation>ColdCare gibt in dieser Zeit keine Erinnerungen.</translation>
        </message>
        <message>
            <source>Start and end are the same, so reminders are never paused.</source>
            <translation>Beginn und Ende sind gleich, daher werden Erinnerungen nie pausiert.</translation>
        </message>
        <message>
            <source>No reminders from {start} until {end}.</source>
            <translation>Keine Erinnerungen von {start} bis {end}.</translation>
        </message>
    </context>
    <context>
        <name>SkinCheck</name>
        <message>
            <source>Normal pink</source>
            <translation>Normal rosa</translation>
        </message>
        <message>
            <source>As usual, a little pink</source>
            <translation>Wie sonst, ein wenig rosa</translation>
        </message>
        <message>
            <source>Bright red</source>
            <translation>Leuchtend rot</translation>
        </message>
        <message>
            <source>Deep, bright red</source>
            <translation>Kräftig leuchtend rot</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Weiß</translation>
        </message>
        <message>
            <source>Pale or white patches</source>
            <translation>Blasse oder weiße Flecken</translation>
        </message>
        <message>
            <source>Grey, blue or waxy</source>
            <translation>Grau, blau oder wachsartig</translation>
        </message>
        <message>
            <source>Greyish, bluish or shiny like wax</source>
            <translation>Gräulich, bläulich oder glänzend wie Wachs</translation>
        </message>
        <message>
            <source>Hives or welts</source>
            <translation>Nesselausschlag oder Quaddeln</translation>
        </message>
        <message>
            <source>Raised, itchy bumps</source>
            <translation>Erhabene, juckende Beulen</translation>
        </message>
        <message>
            <source>Blisters</source>
            <translation>Blasen</translation>
        </message>
        <message>
            <source>Bubbles of fluid</source>
            <translation>Mit Flüssigkeit gefüllte Bläschen</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Kalt</translation>
        </message>
        <message>
            <source>Burning</source>
            <translation>Brennend</translation>
        </message>
        <message>
            <source>Aching</source>
            <translation>Schmerzend</translation>
        </message>
        <message>
            <source>Numb</source>
            <translation>Taub</translation>
        </message>
        <message>
            <source>Intense burning or stinging</source>
            <translation>Starkes Brennen oder Stechen</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Besser</translation>
        </message>
        <message>
            <source>The same</source>
            <translation>Gleich</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Schlimmer</translation>
        </message>
        <message>
            <source>Tingling</source>
            <translation>Kribbeln</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>Schwäche</translation>
        </message>
        <message>
            <source>Dizziness or feeling faint</source>
            <translation>Schwindel oder Gefühl, ohnmächtig zu werden</translation>
        </message>
        <message>
            <source>Swelling of lips or throat</source>
            <translation>Schwellung von Lippen oder Hals</translation>
        </message>
        <message>
            <source>Wheezing or trouble breathing</source>
            <translation>Pfeifender Atem oder Atemnot</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Nichts davon</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Stop: something is wrong</source>
            <translation>Stopp: Etwas stimmt nicht</translation>
        </message>
        <message>
            <source>Answer questions 1, 2 and 3 first.</source>
            <translation>Beantworten Sie zuerst die Fragen 1, 2 und 3.</translation>
        </message>
        <message>
            <source>Cold, then burning, then aching, then numb is the usual order. Numb means: take it off.</source>
            <translation>Kalt, dann brennend, dann schmerzend, dann taub ist die übliche Reihenfolge. Taub heißt: Kältepack abnehmen.</translation>
        </message>
        <message>
            <source>1. How does the skin look?</source>
            <translation>1. Wie sieht die Haut aus?</translation>
        </message>
        <message>
            <source>2. How does the skin feel?</source>
            <translation>2. Wie fühlt sich die Haut an?</translation>
        </message>
        <message>
            <source>3. How is the pain compared with the start?</source>
            <translation>3. Wie ist der Schmerz im Vergleich zum Beginn?</translation>
        </message>
        <message>
            <source>4. Anything else? Pick all that apply.</source>
            <translation>4. Sonst noch etwas? Wählen Sie alles Zutreffende.</translation>
        </message>
        <message>
            <source>Please check the skin under the pack</source>
            <translation>Bitte kontrollieren Sie die Haut unter dem Kältepack</translation>
        </message>
        <message>
            <source>Lift the pack, look at the skin and ask how it feels.</source>
            <translation>Heben Sie das Kältepack an, sehen Sie sich die Haut an und fragen Sie, wie es sich anfühlt.</translation>
        </message>
        <message>
            <source>Check your skin now</source>
            <translation>Kontrollieren Sie jetzt Ihre Haut</translation>
        </message>
        <message>
            <source>Lift the pack, look at the skin and answer below.</source>
            <translation>Heben Sie das Kältepack an, sehen Sie sich die Haut an und antworten Sie unten.</translation>
        </message>
    </context>
    <context>
        <name>SkipReason</name>
        <message>
            <source>Too much pain today</source>
            <translation>Heute zu starke Schmerzen</translation>
        </message>
        <message>
            <source>The skin is not ready</source>
            <translation>Die Haut ist noch nicht bereit</translation>
        </message>
        <message>
            <source>Not at home</source>
            <translation>Nicht zu Hause</translation>
        </message>
        <message>
            <source>Feeling unwell</source>
            <translation>Ich fühle mich nicht wohl</translation>
        </message>
        <message>
            <source>My doctor or physiotherapist said so</source>
            <translation>Auf Rat meiner Ärztin, meines Arztes oder meiner Physiotherapie</translation>
        </message>
        <message>
            <source>Another reason</source>
            <translation>Ein anderer Grund</translation>
        </message>
        <message>
            <source>Stopped for a warning sign</source>
            <translation>Wegen eines Warnzeichens abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <source>the sound system could not be loaded</source>
            <translation>das Tonsystem konnte nicht geladen werden</translation>
        </message>
        <message>
            <source>no audio output device</source>
            <translation>kein Gerät zur Tonausgabe</translation>
        </message>
        <message>
            <source>the alarm sound could not be played</source>
            <translation>der Alarmton konnte nicht abgespielt werden</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>ColdCare default: the evidence gives no exact figure here, so ColdCare chose a careful value. It is a safety convention, not a medical finding.</source>
            <translation>Vorgabe von ColdCare: Die Studienlage nennt hier keinen genauen Wert, daher hat ColdCare einen vorsichtigen Wert gewählt. Es ist eine Sicherheitsregel, kein medizinischer Befund.</translation>
        </message>
        <message>
            <source>Personal limit: set on this profile by a caregiver or clinician. It can only make sessions shorter or rests longer.</source>
            <translation>Persönliche Grenze: in diesem Profil von einer Betreuungsperson oder Fachkraft festgelegt. Sie kann Anwendungen nur kürzer oder Pausen nur länger machen.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>ColdCare's limits are safety conventions drawn from the sources below. The evidence on how long to use cold is mostly expert advice, not proof [R1].</source>
            <translation>Die Grenzen von ColdCare sind Sicherheitsregeln aus den unten genannten Quellen. Wie lange Kälte angewendet werden sollte, beruht meist auf Expertenrat, nicht auf Beweisen [R1].</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>List of sources</source>
            <translation>Liste der Quellen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>StopSign</name>
        <message>
            <source>White skin</source>
            <translation>Weiße Haut</translation>
        </message>
        <message>
            <source>Grey, blue or waxy skin</source>
            <translation>Graue, blaue oder wachsartige Haut</translation>
        </message>
        <message>
            <source>Bright red skin</source>
            <translation>Leuchtend rote Haut</translation>
        </message>
        <message>
            <source>Hives or raised, itchy welts</source>
            <translation>Nesselausschlag oder erhabene, juckende Quaddeln</translation>
        </message>
        <message>
            <source>Blisters</source>
            <translation>Blasen</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>Taubheit</translation>
        </message>
        <message>
            <source>Intense burning or stinging</source>
            <translation>Starkes Brennen oder Stechen</translation>
        </message>
        <message>
            <source>Pain worse than at the start</source>
            <translation>Schmerz schlimmer als zu Beginn</translation>
        </message>
        <message>
            <source>Dizziness or feeling faint</source>
            <translation>Schwindel oder Gefühl, ohnmächtig zu werden</translation>
        </message>
        <message>
            <source>Swelling of the lips or throat</source>
            <translation>Schwellung von Lippen oder Hals</translation>
        </message>
        <message>
            <source>Wheezing or trouble breathing</source>
            <translation>Pfeifender Atem oder Atemnot</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>ColdCare could not save because the disk is full. Free some space on the disk, then try again. Nothing was half-saved. (Data folder: {folder})</source>
            <translation>ColdCare konnte nicht speichern, weil der Datenträger voll ist. Schaffen Sie etwas Platz auf dem Datenträger und versuchen Sie es dann noch einmal. Es wurde nichts halb gespeichert. (Datenordner: {folder})</translation>
        </message>
        <message>
            <source>ColdCare could not save because its data folder cannot be written to: {folder}. Make the folder writable, or start ColdCare with --data-dir pointing to a folder you may write to, then try again. Nothing was half-saved.</source>
            <translation>ColdCare konnte nicht speichern, weil in seinen Datenordner nicht geschrieben werden kann: {folder}. Machen Sie den Ordner beschreibbar oder starten Sie ColdCare mit --data-dir und einem Ordner, in den Sie schreiben dürfen, und versuchen Sie es dann noch einmal. Es wurde nichts halb gespeichert.</translation>
        </message>
        <message>
            <source>ColdCare could not open its data file in {folder}. Check that the folder exists and that you may write to it, then start ColdCare again.</source>
            <translation>ColdCare konnte seine Datendatei in {folder} nicht öffnen. Prüfen Sie, ob der Ordner existiert und Sie hineinschreiben dürfen, und starten Sie ColdCare dann erneut.</translation>
        </message>
        <message>
            <source>The disk reported an error while ColdCare was reading or saving data in {folder}. Check the disk (or reconnect it), then try again. Nothing was half-saved.</source>
            <translation>Der Datenträger hat einen Fehler gemeldet, während ColdCare Daten in {folder} gelesen oder gespeichert hat. Prüfen Sie den Datenträger (oder schließen Sie ihn neu an) und versuchen Sie es dann noch einmal. Es wurde nichts halb gespeichert.</translation>
        </message>
        <message>
            <source>ColdCare's data file in {folder} is damaged. Close and restart ColdCare: it will set the damaged file aside and restore the newest good backup.</source>
            <translation>Die Datendatei von ColdCare in {folder} ist beschädigt. Schließen Sie ColdCare und starten Sie es neu: Es legt die beschädigte Datei beiseite und stellt die neueste gute Sicherung wieder her.</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Vorzeitig beendet</translation>
        </message>
        <message>
            <source>Stopped for a warning sign</source>
            <translation>Wegen eines Warnzeichens beendet</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>Plan für heute</translation>
        </message>
        <message>
            <source>Nothing planned for today. Plan cold sessions and exercises on the Plan page, and ColdCare will remind you.</source>
            <translation>Für heute ist nichts geplant. Planen Sie Kälteanwendungen und Übungen auf der Seite Plan, dann erinnert ColdCare Sie daran.</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>Done at {time}</source>
            <translation>Erledigt um {time}</translation>
        </message>
        <message>
            <source>Skipped: {reason}</source>
            <translation>Ausgelassen: {reason}</translation>
        </message>
        <message>
            <source>Missed: it was not started or skipped in time</source>
            <translation>Verpasst: Es wurde nicht rechtzeitig gestartet oder ausgelassen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Do the exercise</source>
            <translation>Die Übung machen</translation>
        </message>
        <message>
            <source>Start: {what}</source>
            <translation>Starten: {what}</translation>
        </message>
        <message>
            <source>Do the exercise: {what}</source>
            <translation>Die Übung machen: {what}</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Auslassen…</translation>
        </message>
        <message>
            <source>Skip: {what}</source>
            <translation>Auslassen: {what}</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Start a cold session</source>
            <translation>Kälteanwendung starten</translation>
        </message>
        <message>
            <source>Start a cold session (Ctrl+N)</source>
            <translation>Eine Kälteanwendung starten (Strg+N)</translation>
        </message>
        <message>
            <source>Today's sessions</source>
            <translation>Anwendungen von heute</translation>
        </message>
        <message>
            <source>When each spot is safe again</source>
            <translation>Wann jede Stelle wieder bereit ist</translation>
        </message>
        <message>
            <source>Log a cryotherapy clinic visit</source>
            <translation>Klinikbesuch eintragen (Kältekammer)</translation>
        </message>
        <message>
            <source>A whole-body cryotherapy session at a clinic, for your records</source>
            <translation>Eine Ganzkörper-Kältetherapie in einer Klinik, für Ihre Unterlagen</translation>
        </message>
        <message>
            <source>No cold sessions until a doctor has checked you, after a session stopped for hives, dizziness or swelling. Record the review in the profile.</source>
            <translation>Keine Kälteanwendungen, bis eine Ärztin oder ein Arzt Sie untersucht hat, nachdem eine Anwendung wegen Quaddeln, Schwindel oder einer Schwellung beendet wurde. Tragen Sie die Untersuchung im Profil ein.</translation>
        </message>
        <message>
            <source>Your computer cannot play the alarm: {reason}. Turn the sound up or plug in speakers, then test it.</source>
            <translation>Ihr Computer kann den Alarm nicht abspielen: {reason}. Drehen Sie den Ton lauter oder schließen Sie Lautsprecher an und testen Sie ihn dann.</translation>
        </message>
        <message>
            <source>Test the alarm</source>
            <translation>Den Alarm testen</translation>
        </message>
        <message>
            <source>How is your {site} now? Please answer the follow-up.</source>
            <translation>Wie geht es Ihrer Stelle „{site}“ jetzt? Bitte beantworten Sie die Nachfrage.</translation>
        </message>
        <message>
            <source>Answer now</source>
            <translation>Jetzt antworten</translation>
        </message>
        <message>
            <source>Please look over the health questions again.</source>
            <translation>Bitte sehen Sie sich die Gesundheitsfragen noch einmal an.</translation>
        </message>
        <message>
            <source>Review them</source>
            <translation>Ansehen</translation>
        </message>
        <message>
            <source>No sessions yet today. Start your first cold session above.</source>
            <translation>Heute noch keine Anwendungen. Starten Sie oben Ihre erste Kälteanwendung.</translation>
        </message>
        <message>
            <source>{time}  {site}, {minutes} min — {outcome}</source>
            <translation>{time}  {site}, {minutes} Min. — {outcome}</translation>
        </message>
        <message>
            <source>pain {before} → {after}</source>
            <translation>Schmerz {before} → {after}</translation>
        </message>
        <message>
            <source>Every spot is ready for cold.</source>
            <translation>Jede Stelle ist bereit für Kälte.</translation>
        </message>
        <message>
            <source>{site}: locked until {when} after a warning sign</source>
            <translation>{site}: nach einem Warnzeichen gesperrt bis {when}</translation>
        </message>
        <message>
            <source>{site}: resting, safe again at {when}</source>
            <translation>{site}: Pause, wieder bereit um {when}</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>take the pack off now</source>
            <translation>Kältepack jetzt abnehmen</translation>
        </message>
        <message>
            <source>put the pack back on</source>
            <translation>Kältepack wieder auflegen</translation>
        </message>
        <message>
            <source>check your skin now</source>
            <translation>jetzt die Haut kontrollieren</translation>
        </message>
        <message>
            <source>break, {n} min left</source>
            <translation>Pause, noch {n} Min.</translation>
        </message>
        <message>
            <source>paused, {n} min left</source>
            <translation>angehalten, noch {n} Min.</translation>
        </message>
        <message>
            <source>{n} min left</source>
            <translation>noch {n} Min.</translation>
        </message>
        <message>
            <source>{site} — {state}</source>
            <translation>{site} — {state}</translation>
        </message>
        <message>
            <source>No reminders planned</source>
            <translation>Keine Erinnerungen geplant</translation>
        </message>
        <message>
            <source>Next: {what} {when} — {name}</source>
            <translation>Als Nächstes: {what} {when} — {name}</translation>
        </message>
        <message>
            <source>Start a cold session</source>
            <translation>Kälteanwendung starten</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Open ColdCare</source>
            <translation>ColdCare öffnen</translation>
        </message>
        <message>
            <source>Quit ColdCare</source>
            <translation>ColdCare beenden</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>Voice</name>
        <message>
            <source>spoken guidance is turned off</source>
            <translation>die gesprochene Anleitung ist ausgeschaltet</translation>
        </message>
        <message>
            <source>the speech engine does not work</source>
            <translation>die Sprachausgabe funktioniert nicht</translation>
        </message>
        <message>
            <source>text to speech could not be loaded</source>
            <translation>die Sprachausgabe konnte nicht geladen werden</translation>
        </message>
        <message>
            <source>no speech engine on this computer</source>
            <translation>keine Sprachausgabe auf diesem Computer</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
    </context>
</TS>

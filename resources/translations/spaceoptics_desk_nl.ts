<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditWatch</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="59"/>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="91"/>
        <source>entry #{id}</source>
        <translation>regel #{id}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="92"/>
        <source>entry #{id}, whose check value beside a backup no longer matches</source>
        <translation>regel #{id}, waarvan het controlegetal bij een back-up niet meer klopt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="93"/>
        <source>timeline entry #{id}</source>
        <translation>tijdlijnregel #{id}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="94"/>
        <source>correction #{id}</source>
        <translation>correctie #{id}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="97"/>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="100"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="98"/>
        <source>an entry before it deleted or inserted</source>
        <translation>een regel ervoor verwijderd of ingevoegd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="99"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="101"/>
        <source>not in the audit log (forged or inserted)</source>
        <translation>niet in de auditlog (vervalst of ingevoegd)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="102"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="103"/>
        <source>the log rewritten</source>
        <translation>de auditlog herschreven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/audit_banner.py" line="115"/>
        <source>The audit log was changed outside the app (first difference: {what}). Look into it (spaceoptics-desk audit verify), then mark it seen.</source>
        <translation>De auditlog is aangepast buiten de app om (eerste afwijking: {what}). Bekijk wat er is gebeurd (spaceoptics-desk audit verify) en klik dan op Gezien.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="38"/>
        <source>Erased: </source>
        <translation>Gewist: </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="43"/>
        <source>Anonymised: </source>
        <translation>Geanonimiseerd: </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="48"/>
        <source>Kept: </source>
        <translation>Bewaard: </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="66"/>
        <source>Rule / customer or record</source>
        <translation>Regel / klant of record</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="67"/>
        <source>Due since</source>
        <translation>Mag weg sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="68"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="69"/>
        <source>Records</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/candidates_model.py" line="70"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="89"/>
        <source>Record a request</source>
        <translation>Verzoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="93"/>
        <source>Request from: {customer}</source>
        <translation>Verzoek van: {customer}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="95"/>
        <source>Request from a caller not yet known as a customer (link the customer later).</source>
        <translation>Verzoek van een beller die (nog) niet als klant bekend is (koppel de klant later).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="117"/>
        <source>Dutch time. Change it for an e-mail or letter that came earlier.</source>
        <translation>Nederlandse tijd. Pas aan voor een e-mail of brief die eerder binnenkwam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="131"/>
        <source>what the person asks, e.g. “wants to know what we keep”</source>
        <translation>wat de persoon vraagt, bijv. “wil weten wat we bewaren”</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="135"/>
        <source>phone number or e-mail address the person gave</source>
        <translation>telefoonnummer of e-mailadres dat de persoon opgaf</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="139"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="140"/>
        <source>&amp;Received:</source>
        <translation>&amp;Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="141"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="142"/>
        <source>&amp;Summary:</source>
        <translation>O&amp;mschrijving:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="143"/>
        <source>C&amp;ontact details:</source>
        <translation>Co&amp;ntactgegevens:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="150"/>
        <source>&amp;Record request</source>
        <translation>Verzoek &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="154"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="157"/>
        <source>Taken by: {name}</source>
        <translation>Aangenomen door: {name}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="48"/>
        <source>unknown caller</source>
        <translation>onbekende beller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="64"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="66"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="67"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="77"/>
        <source>Case</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="78"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="79"/>
        <source>Left</source>
        <translation>Nog</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="80"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="81"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="82"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="83"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="85"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="86"/>
        <source>Taken by</source>
        <translation>Aangenomen door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="121"/>
        <source>checked</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="121"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="147"/>
        <source>First due date: {date}</source>
        <translation>Eerste uiterste datum: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="149"/>
        <source>Extended to: {date}</source>
        <translation>Verlengd tot: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="151"/>
        <source>With the pause: {date}</source>
        <translation>Met de pauze: {date}</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="70"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="74"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="74"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="74"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="77"/>
        <source>Any right</source>
        <translation>Elk recht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="81"/>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="155"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="86"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="90"/>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="91"/>
        <source>R&amp;ight:</source>
        <translation>&amp;Recht:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="92"/>
        <source>&amp;Taken by:</source>
        <translation>&amp;Aangenomen door:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="120"/>
        <source>Red: past the due date. Amber: due within 7 days. Enter opens a request.</source>
        <translation>Rood: uiterste datum verstreken. Oranje: uiterlijk binnen 7 dagen. Enter opent een verzoek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="177"/>
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n verzoek getoond</numerusform>
            <numerusform>%n verzoeken getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="178"/>
        <source>, %n past the due date</source>
        <translation>
            <numerusform>, %n te laat</numerusform>
            <numerusform>, %n te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="87"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="90"/>
        <source>Request {case}</source>
        <translation>Verzoek {case}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="92"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="106"/>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="107"/>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="108"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="109"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="110"/>
        <source>Identity:</source>
        <translation>Identiteit:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="111"/>
        <source>Summary:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="112"/>
        <source>Contact details:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/close_step.py" line="41"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="113"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="122"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="122"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="122"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="122"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="146"/>
        <source>&amp;Identity check</source>
        <translation>&amp;Identiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="147"/>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="148"/>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="62"/>
        <source>&amp;Wait for the person</source>
        <translation>&amp;Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="149"/>
        <source>Correct &amp;details</source>
        <translation>Gegevens &amp;corrigeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="150"/>
        <source>&amp;Restriction</source>
        <translation>&amp;Beperking</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="151"/>
        <source>&amp;Erase</source>
        <translation>Wiss&amp;en</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="97"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="152"/>
        <source>Recipie&amp;nts</source>
        <translation>&amp;Ontvangers</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="153"/>
        <source>Data &amp;copy</source>
        <translation>Gegevens&amp;kopie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="154"/>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="155"/>
        <source>C&amp;lose</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="161"/>
        <source>Steps are recorded as: {name}</source>
        <translation>Stappen worden vastgelegd als: {name}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="163"/>
        <source>Close window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="170"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/identity_step.py" line="33"/>
        <source>optional; required for “other”. Never an ID copy.</source>
        <translation>optioneel; verplicht bij “anders”. Nooit een kopie van een ID-bewijs.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/identity_step.py" line="35"/>
        <source>Record identity check</source>
        <translation>Identiteitscontrole vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/identity_step.py" line="39"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/identity_step.py" line="40"/>
        <location filename="../../spaceoptics_desk/ui/cases/note_step.py" line="33"/>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="55"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/extend_step.py" line="31"/>
        <source>complexity or number of requests</source>
        <translation>complexiteit of aantal verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/extend_step.py" line="36"/>
        <source>Extend by two months</source>
        <translation>Met twee maanden verlengen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/extend_step.py" line="40"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/extend_step.py" line="41"/>
        <source>Person told on:</source>
        <translation>Persoon ingelicht op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="38"/>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="71"/>
        <source>Asked on:</source>
        <translation>Gevraagd op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="45"/>
        <source>optional; what was asked or answered</source>
        <translation>optioneel; wat er gevraagd of geantwoord is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="47"/>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="76"/>
        <source>Wait for the person</source>
        <translation>Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/correct_step.py" line="43"/>
        <source>Corrections made here are recorded with this request, also for a customer whose processing is restricted.</source>
        <translation>Correcties die hier worden gedaan, worden bij dit verzoek vastgelegd, ook voor een klant van wie de verwerking beperkt is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/correct_step.py" line="51"/>
        <source>Correct details…</source>
        <translation>Gegevens corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="44"/>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="91"/>
        <source>Restrict processing</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="49"/>
        <source>how and when the person was told; required</source>
        <translation>hoe en wanneer de persoon is ingelicht; verplicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="51"/>
        <source>Lift restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="60"/>
        <source>Person told:</source>
        <translation>Persoon ingelicht:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="61"/>
        <source>R14: everything of the customer goes except what another law keeps; kept records lose what identifies the person. Recipients are told (R16) and the case notes what was kept.</source>
        <translation>R14: alles van de klant verdwijnt, behalve wat een andere wet bewaart; uit bewaarde records verdwijnt wat de persoon identificeert. Ontvangers worden ingelicht (R16) en in het verzoek staat wat bewaard is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="69"/>
        <source>Loading what will go…</source>
        <translation>Laden wat er verdwijnt…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="79"/>
        <source>Erase the customer…</source>
        <translation>Klant wissen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/copy_step.py" line="43"/>
        <source>The copy of everything the shop holds about the customer (R9, R10), as an encrypted PDF, with JSON and CSV on request. Check it in the preview, then send it to the e-mail address on file; the password goes by phone or SMS.</source>
        <translation>De kopie van alles wat de winkel over de klant bewaart (R9, R10), als versleutelde PDF, op verzoek met JSON en CSV. Controleer de kopie in het voorbeeld en verzend hem dan naar het bekende e-mailadres; het wachtwoord gaat per telefoon of sms.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/copy_step.py" line="52"/>
        <source>Create data copy…</source>
        <translation>Gegevenskopie maken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/note_step.py" line="27"/>
        <source>a call back, a question asked, what was agreed</source>
        <translation>teruggebeld, een vraag gesteld, wat er is afgesproken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/note_step.py" line="29"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/close_step.py" line="34"/>
        <source>required for a (partial) refusal</source>
        <translation>verplicht bij (gedeeltelijke) weigering</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/close_step.py" line="36"/>
        <source>Right to complain to the AP told to the person</source>
        <translation>Recht om te klagen bij de AP meegedeeld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/close_step.py" line="38"/>
        <source>Close the request</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/close_step.py" line="42"/>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="92"/>
        <source>Restrict processing of {customer}? The customer is then left out of marketing and exports until the restriction is lifted.</source>
        <translation>Verwerking van {customer} beperken? De klant blijft dan buiten marketing en exports tot de beperking wordt opgeheven.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="151"/>
        <source>Erasing {customer}:</source>
        <translation>{customer} wissen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="159"/>
        <source>Under a legal hold (review on {date}): erasure is refused until the hold is lifted (R25).</source>
        <translation>Juridische blokkade (herbeoordelen op {date}): wissen wordt geweigerd tot de blokkade is opgeheven (R25).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="168"/>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="201"/>
        <source>Kept:</source>
        <translation>Bewaard:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="168"/>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="203"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="173"/>
        <source>Goes (the rows are deleted):</source>
        <translation>Verdwijnt (de rijen worden verwijderd):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="180"/>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="199"/>
        <source>Emptied in the records another law keeps:</source>
        <translation>Leeggemaakt in de records die een andere wet bewaart:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="193"/>
        <source>Erase {customer} for good?</source>
        <translation>{customer} definitief wissen?</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="195"/>
        <source>Goes now:</source>
        <translation>Verdwijnt nu:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="207"/>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="244"/>
        <source>the contact details given in this request, for the reply, until it is closed</source>
        <translation>de contactgegevens die in dit verzoek zijn opgegeven, voor het antwoord, tot het verzoek is gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="252"/>
        <source>Kept on the recipient tasks until each recipient is told (R16): what they know the person by, for:</source>
        <translation>Bewaard bij de ontvangertaken tot elke ontvanger is ingelicht (R16): waaronder zij de persoon kennen, voor:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="278"/>
        <source>Record the identity check first (tab Identity check): an erasure cannot be undone.</source>
        <translation>Leg eerst de identiteitscontrole vast (tabblad Identiteitscontrole): wissen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="283"/>
        <source>Under a legal hold: erasure is refused until the hold is lifted (R25).</source>
        <translation>Juridische blokkade: wissen wordt geweigerd tot de blokkade is opgeheven (R25).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="261"/>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="263"/>
        <source>until its own retention rule says (after the case is closed)</source>
        <translation>tot de eigen bewaarregel het zegt (na het sluiten van het verzoek)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="265"/>
        <source>{what}: {count}, {until} — {why}</source>
        <translation>{what}: {count}, {until} — {why}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="300"/>
        <source>Erase the customer</source>
        <translation>Klant wissen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="225"/>
        <source>Reply to: {contact} (kept on the request until it is closed)</source>
        <translation>Antwoord aan: {contact} (bewaard bij het verzoek tot het is gesloten)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="231"/>
        <source>Another program is reading the database: the erased data stays readable in its file until that program closes its connection; it is removed then.</source>
        <translation>Een ander programma leest de database: de gewiste gegevens blijven in het bestand leesbaar tot dat programma zijn verbinding sluit; dan worden ze verwijderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/copy_step.py" line="77"/>
        <source>Record the identity check first (tab Identity check): the copy holds all their data.</source>
        <translation>Leg eerst de identiteitscontrole vast (tabblad Identiteitscontrole): de kopie bevat alle gegevens van de persoon.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="213"/>
        <source>Erased. Reference in the audit log: {reference}.</source>
        <translation>Gewist. Kenmerk in het auditlog: {reference}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="216"/>
        <source>Deleted: {count} row(s).</source>
        <translation>Verwijderd: {count} rij(en).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/erase_step.py" line="221"/>
        <source>Kept, for the reply letter:</source>
        <translation>Bewaard, voor de antwoordbrief:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="254"/>
        <source>Closed on {date}</source>
        <translation>Afgesloten op {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="257"/>
        <source>Answer by {date} ({left})</source>
        <translation>Uiterlijk beantwoorden op {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="264"/>
        <source>First due date: {date}</source>
        <translation>Eerste uiterste datum: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="267"/>
        <source>extended to {date} (told on {told}; {reason})</source>
        <translation>verlengd tot {date} (ingelicht op {told}; {reason})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="274"/>
        <source>with the pause: {date}</source>
        <translation>met de pauze: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="308"/>
        <source>{moment} by {channel}, taken by {staff}</source>
        <translation>{moment} via {channel}, aangenomen door {staff}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="317"/>
        <source>checked on {moment}: {method}</source>
        <translation>gecontroleerd op {moment}: {method}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="322"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="331"/>
        <source>(right to complain to the AP told)</source>
        <translation>(recht om te klagen bij de AP meegedeeld)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="94"/>
        <source>Recipie&amp;nts ({count} to do)</source>
        <translation>&amp;Ontvangers ({count} te doen)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="61"/>
        <source>&amp;Answer received</source>
        <translation>&amp;Antwoord ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="69"/>
        <source>Answered on:</source>
        <translation>Geantwoord op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="74"/>
        <source>Answer received</source>
        <translation>Antwoord ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="82"/>
        <source>Waiting since {date}.</source>
        <translation>Wacht sinds {date}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/wait_step.py" line="86"/>
        <source>Asked on {asked}, answered on {answered}; a case waits only once.</source>
        <translation>Gevraagd op {asked}, geantwoord op {answered}; een verzoek wacht maar één keer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="74"/>
        <source>This case has no customer (yet).</source>
        <translation>Dit verzoek heeft (nog) geen klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="79"/>
        <source>Processing of this customer is restricted.</source>
        <translation>De verwerking van deze klant is beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/restriction_step.py" line="81"/>
        <source>Processing of this customer is not restricted.</source>
        <translation>De verwerking van deze klant is niet beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/copy_step.py" line="71"/>
        <source>This case has no customer (yet): record who it is first.</source>
        <translation>Dit verzoek heeft (nog) geen klant: leg eerst vast wie het is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/copy_step.py" line="73"/>
        <source>This request does not ask for a copy (access or portability).</source>
        <translation>Dit verzoek vraagt niet om een kopie (inzage of overdraagbaarheid).</translation>
    </message>
</context>
<context>
    <name>ConsentChangeDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="172"/>
        <source>Record the objection</source>
        <translation>Bezwaar vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="172"/>
        <source>Withdraw the objection</source>
        <translation>Bezwaar intrekken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="174"/>
        <source>The customer objects: {purpose}.</source>
        <translation>De klant maakt bezwaar: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="176"/>
        <source>The customer withdraws the objection: {purpose}.</source>
        <translation>De klant trekt het bezwaar in: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="179"/>
        <source>Give consent</source>
        <translation>Toestemming geven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="179"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="181"/>
        <source>The customer gives consent for: {purpose}.</source>
        <translation>De klant geeft toestemming voor: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="183"/>
        <source>The customer withdraws consent for: {purpose}. It takes effect at once.</source>
        <translation>De klant trekt de toestemming in voor: {purpose}. Dit geldt direct.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="186"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="197"/>
        <source>Read out to the customer ({language}, version {version})</source>
        <translation>Voorlezen aan de klant ({language}, versie {version})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="203"/>
        <source>Read out to the customer</source>
        <translation>Voorlezen aan de klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="204"/>
        <source>There is no standard wording for this purpose; explain it in your own words.</source>
        <translation>Voor dit doel is er geen standaardtekst; leg het in uw eigen woorden uit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="209"/>
        <source>I have read this text &amp;out</source>
        <translation>Ik heb deze tekst &amp;voorgelezen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="218"/>
        <source>This address objected to marketing before and was erased. Switch this on only when the customer asks for it now.</source>
        <translation>Dit adres heeft eerder bezwaar gemaakt tegen marketing en is gewist. Zet dit alleen aan als de klant er nu zelf om vraagt.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="41"/>
        <source>Objection: no advertising via social media</source>
        <translation>Bezwaar: geen advertenties via social media</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="86"/>
        <source>This address objected to marketing before and was erased; marketing is off by default.</source>
        <translation>Dit adres heeft eerder bezwaar gemaakt tegen marketing en is gewist; marketing staat standaard uit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="93"/>
        <source>Consent and objection</source>
        <translation>Toestemming en bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="100"/>
        <source>Processing is restricted (GDPR art. 18): consents cannot be switched now. Stopping all direct marketing is always possible.</source>
        <translation>De verwerking is beperkt (AVG art. 18): toestemmingen kunnen nu niet worden gewijzigd. Alle direct marketing stoppen kan altijd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="108"/>
        <source>Stop all direct &amp;marketing…</source>
        <translation>Stop alle direct &amp;marketing…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="110"/>
        <source>The customer objects to all direct marketing (GDPR art. 21): one action, never refused</source>
        <translation>De klant maakt bezwaar tegen alle direct marketing (AVG art. 21): één handeling, wordt nooit geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="126"/>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="137"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="127"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="128"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="129"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="130"/>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="140"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="136"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="138"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="139"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="141"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="142"/>
        <source>Wording</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="143"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="155"/>
        <source>Contract, law or legitimate interest: no consent needed, not switchable</source>
        <translation>Overeenkomst, wet of gerechtvaardigd belang: geen toestemming nodig, niet aan of uit te zetten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="368"/>
        <source>Nothing was recorded: it already was so.</source>
        <translation>Er is niets vastgelegd: het stond al zo.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="372"/>
        <source>Recorded: {purpose} — {state} ({channel}).</source>
        <translation>Vastgelegd: {purpose} — {state} ({channel}).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="385"/>
        <source>All direct marketing stopped; {n} change(s) recorded as an objection.</source>
        <translation>Alle direct marketing gestopt; {n} wijziging(en) vastgelegd als bezwaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="167"/>
        <source>Consent history, newest first</source>
        <translation>Geschiedenis van toestemmingen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="182"/>
        <source>Objection: {purpose}</source>
        <translation>Bezwaar: {purpose}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="192"/>
        <source>{state} since {moment} · {channel}</source>
        <translation>{state} sinds {moment} · {channel}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="261"/>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="291"/>
        <source>version {n}</source>
        <translation>versie {n}</translation>
    </message>
</context>
<context>
    <name>ContentBlindIconProvider</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/file_dialogs.py" line="49"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/file_dialogs.py" line="52"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/file_dialogs.py" line="53"/>
        <source>{suffix} file</source>
        <translation>{suffix}-bestand</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="117"/>
        <source>Create data copy</source>
        <translation>Gegevenskopie maken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="120"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="128"/>
        <source>Also &amp;machine-readable data (JSON and CSV)</source>
        <translation>Ook &amp;machineleesbare gegevens (JSON en CSV)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="130"/>
        <source>For a portability request, or when the customer wants to open the data in a program</source>
        <translation>Bij een verzoek om overdraagbaarheid, of als de klant de gegevens in een programma wil openen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="134"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="141"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="143"/>
        <source>&amp;Folder:</source>
        <translation>Ma&amp;p:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="155"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="177"/>
        <source>Password of the PDF:</source>
        <translation>Wachtwoord van de PDF:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="190"/>
        <source>Give this password to the customer by phone or SMS, never in the same e-mail. It is not stored anywhere: it disappears when this window closes.</source>
        <translation>Geef dit wachtwoord aan de klant per telefoon of sms, nooit in dezelfde e-mail. Het wordt nergens opgeslagen: het verdwijnt zodra dit venster sluit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="222"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="235"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="310"/>
        <source>Data copy — {number}</source>
        <translation>Gegevenskopie — {number}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="312"/>
        <source>Data copy of {name} ({number})</source>
        <translation>Gegevenskopie van {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="320"/>
        <source>For request {case}. Record the identity check on the request first: the copy holds all the person&apos;s data.</source>
        <translation>Voor verzoek {case}. Leg eerst de identiteitscontrole vast in het verzoek: de kopie bevat alle gegevens van de persoon.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="324"/>
        <source>For request {case}. The copy is recorded on the request.</source>
        <translation>Voor verzoek {case}. De kopie wordt bij het verzoek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="329"/>
        <source>This customer has {count} open requests for a copy ({cases}): make the copy from one of them, after its identity check.</source>
        <translation>Deze klant heeft {count} open verzoeken om een kopie ({cases}): maak de kopie vanuit een daarvan, na de identiteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="334"/>
        <source>This customer has no open request for access or portability. The copy can be made and saved, but not sent: record the request first (Ctrl+R in the customer view) to send it.</source>
        <translation>Deze klant heeft geen open verzoek om inzage of overdraagbaarheid. De kopie kan worden gemaakt en opgeslagen, maar niet verzonden: leg eerst het verzoek vast (Ctrl+R in de klantweergave) om hem te verzenden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="353"/>
        <source>No data copy possible</source>
        <translation>Geen gegevenskopie mogelijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="376"/>
        <source>Folder for data copies</source>
        <translation>Map voor gegevenskopieën</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="398"/>
        <source>Choose the folder the copy is saved in.</source>
        <translation>Kies de map waarin de kopie wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="405"/>
        <source>Making the copy… this can take a few seconds.</source>
        <translation>De kopie wordt gemaakt… dit kan enkele seconden duren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="433"/>
        <source>Saved in {folder}: {files}</source>
        <translation>Opgeslagen in {folder}: {files}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="441"/>
        <source>Create &amp;again</source>
        <translation>Opnieuw &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="470"/>
        <source>Preview ({pages} pages) — check it before sending:</source>
        <translation>Voorbeeld ({pages} pagina&apos;s) — controleer het voor het verzenden:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="476"/>
        <source>The preview could not be shown; open the PDF from the folder to check it.</source>
        <translation>Het voorbeeld kon niet worden getoond; open de PDF uit de map om hem te controleren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="485"/>
        <source>&amp;Send to {address}</source>
        <translation>&amp;Verzenden naar {address}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="485"/>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="488"/>
        <source>Save for &amp;e-mail</source>
        <translation>Opslaan voor &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="490"/>
        <source>Sends the files to the customer&apos;s e-mail address on file</source>
        <translation>Verzendt de bestanden naar het bekende e-mailadres van de klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="493"/>
        <source>No mail server is set up on this computer: saves a ready e-mail (.eml) in the folder, to open, check and send in your mail program</source>
        <translation>Er is op deze computer geen mailserver ingesteld: slaat een kant-en-klare e-mail (.eml) op in de map, om in uw mailprogramma te openen, te controleren en te verzenden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="526"/>
        <source>Send the data copy</source>
        <translation>Gegevenskopie verzenden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="528"/>
        <source>Send the data copy to {address}?

This is the e-mail address on file. The password is not in the e-mail: give it to the customer by phone or SMS.</source>
        <translation>De gegevenskopie verzenden naar {address}?

Dit is het bekende e-mailadres. Het wachtwoord staat niet in de e-mail: geef het aan de klant per telefoon of sms.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="553"/>
        <source>Sending… the mail server may take a moment.</source>
        <translation>Bezig met verzenden… de mailserver kan even nodig hebben.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="571"/>
        <source>Checking the request…</source>
        <translation>Verzoek controleren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="606"/>
        <source>Saving the e-mail…</source>
        <translation>E-mail opslaan…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="633"/>
        <source>E-mail saved as {file}. Open it in your mail program, check it and send it. Then give the customer the password by phone or SMS.</source>
        <translation>E-mail opgeslagen als {file}. Open de e-mail in uw mailprogramma, controleer en verzend hem. Geef de klant daarna het wachtwoord per telefoon of sms.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="638"/>
        <source>Sent to {address} on {moment}. Now give the customer the password by phone or SMS.</source>
        <translation>Verzonden naar {address} op {moment}. Geef de klant nu het wachtwoord per telefoon of sms.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="648"/>
        <source>Send again?</source>
        <translation>Opnieuw verzenden?</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="649"/>
        <source>Is this a new send the customer needs?</source>
        <translation>Is dit een nieuwe verzending die de klant nodig heeft?</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="656"/>
        <source>Not sent again.</source>
        <translation>Niet opnieuw verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="690"/>
        <source>Mail server password</source>
        <translation>Wachtwoord van de mailserver</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/dialog.py" line="691"/>
        <source>Password of {user} on {host}:
(kept only until the app closes)</source>
        <translation>Wachtwoord van {user} op {host}:
(alleen bewaard tot de app sluit)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/error_reporting.py" line="101"/>
        <source>An unexpected error happened. It was logged to this file:</source>
        <translation>Er is een onverwachte fout opgetreden. Die is vastgelegd in dit bestand:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/error_reporting.py" line="103"/>
        <source>Your last action may not have been completed; please check it. If this keeps happening, send the log file to whoever looks after this computer.</source>
        <translation>Uw laatste handeling is misschien niet afgerond; controleer die. Blijft dit gebeuren, stuur het logbestand dan naar wie deze computer beheert.</translation>
    </message>
</context>
<context>
    <name>CustomerMatchesModel</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="53"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="54"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="55"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="56"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="57"/>
        <source>Last order</source>
        <translation>Laatste bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="79"/>
        <source>Processing is restricted (GDPR art. 18): store only, no marketing or exports.</source>
        <translation>Verwerking is beperkt (AVG art. 18): alleen bewaren, geen marketing of exports.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="94"/>
        <source>⚠ Restricted: {name}</source>
        <translation>⚠ Beperkt: {name}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/results_model.py" line="100"/>
        <source>no orders</source>
        <translation>geen bestellingen</translation>
    </message>
</context>
<context>
    <name>CustomerViewPanel</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="94"/>
        <source>← &amp;Back to results</source>
        <translation>← &amp;Terug naar resultaten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="95"/>
        <source>Back to the search results (Esc)</source>
        <translation>Terug naar de zoekresultaten (Esc)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="97"/>
        <source>&amp;Correct details…</source>
        <translation>Gegevens &amp;corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="224"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="224"/>
        <source>Profile and addresses</source>
        <translation>Profiel en adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="227"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="228"/>
        <source>Returns and repairs</source>
        <translation>Retouren en reparaties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="409"/>
        <source>Correct name, address, e-mail or telephone (Ctrl+E)</source>
        <translation>Naam, adres, e-mail of telefoon corrigeren (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="135"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="99"/>
        <source>Record a re&amp;quest…</source>
        <translation>Verzoek vast&amp;leggen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="136"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="137"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="138"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="139"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="140"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="142"/>
        <source>No returns or repairs.</source>
        <translation>Geen retouren of reparaties.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="152"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="146"/>
        <source>No customer-service contacts.</source>
        <translation>Geen contacten met de klantenservice.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="152"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="152"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="153"/>
        <source>No open requests.</source>
        <translation>Geen openstaande verzoeken.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="156"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="156"/>
        <source>Case reference</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="156"/>
        <source>Placed</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="156"/>
        <source>Review on</source>
        <translation>Herbeoordelen op</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="157"/>
        <source>No legal holds.</source>
        <translation>Geen juridische blokkades.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="161"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="164"/>
        <source>Kept for</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="165"/>
        <source>Then</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="167"/>
        <source>Records</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="162"/>
        <source>Earliest may go</source>
        <translation>Mag op zijn vroegst weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="166"/>
        <source>Newest may go</source>
        <translation>Nieuwste mag weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="163"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="100"/>
        <source>Record a privacy request of this customer (Ctrl+R)</source>
        <translation>Een privacyverzoek van deze klant vastleggen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="105"/>
        <source>&amp;Data copy…</source>
        <translation>&amp;Gegevenskopie…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="107"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="400"/>
        <source>Create the customer&apos;s data copy (encrypted PDF) to check and send</source>
        <translation>De gegevenskopie van de klant maken (versleutelde PDF) om te controleren en te verzenden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="168"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="174"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="175"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="176"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="177"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="178"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="179"/>
        <source>Case</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="181"/>
        <source>No corrections yet.</source>
        <translation>Nog geen correcties.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="225"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="231"/>
        <source>Customer service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="231"/>
        <source>Service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="232"/>
        <source>Portal account</source>
        <translation>Portaalaccount</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="232"/>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="233"/>
        <source>Consent</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="234"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="235"/>
        <source>Legal holds</source>
        <translation>Juridische blokkades</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="235"/>
        <source>Holds</source>
        <translation>Blokkades</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="236"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="238"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="239"/>
        <source>History of corrections</source>
        <translation>Geschiedenis van correcties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="256"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="319"/>
        <source>This customer was erased.</source>
        <translation>Deze klant is gewist.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="347"/>
        <source>{number} · {kind} · customer since {date}</source>
        <translation>{number} · {kind} · klant sinds {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="357"/>
        <source>⚠ Processing is restricted since {moment} (GDPR art. 18). Keep the data, but do not use it for marketing, exports or anything else; corrections only within a case.</source>
        <translation>⚠ Verwerking is beperkt sinds {moment} (AVG art. 18). Bewaar de gegevens, maar gebruik ze niet voor marketing, exports of iets anders; corrigeren alleen binnen een verzoek.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="367"/>
        <source>Legal hold: nothing of this customer may be erased; review on {date}.</source>
        <translation>Juridische blokkade: niets van deze klant mag worden gewist; herbeoordelen op {date}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="404"/>
        <source>Processing of this customer is restricted: details are corrected only within a request. Requests come in a later version; until then use the command line: correct REF --request ID.</source>
        <translation>De verwerking van deze klant is beperkt: gegevens worden alleen binnen een verzoek gecorrigeerd. Verzoeken komen in een latere versie; gebruik tot dan de opdrachtregel: correct REF --request ID.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="460"/>
        <source>Saved: {fields}. The History tab shows who changed what, and when.</source>
        <translation>Opgeslagen: {fields}. Het tabblad Geschiedenis toont wie wat wanneer heeft gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="464"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="67"/>
        <source>Legal hold</source>
        <translation>Juridische blokkade</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="67"/>
        <source>Postpone</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="69"/>
        <source>{subject} — {rule}, due since {date}</source>
        <translation>{subject} — {rule}, mag weg sinds {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="80"/>
        <source>A legal hold (R25) keeps all of this customer&apos;s data out of every cleanup and refuses erasure requests until it is lifted. Give the reason, the case or dispute reference and the date to look at it again.</source>
        <translation>Een juridische blokkade (R25) houdt alle gegevens van deze klant buiten elke opschoning en weigert verzoeken om wissen tot de blokkade is opgeheven. Vul de reden in, het dossiernummer van de zaak of het geschil en de datum waarop de blokkade opnieuw wordt beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="85"/>
        <source>The candidate leaves the review until the new date; say why.</source>
        <translation>De kandidaat verdwijnt tot de nieuwe datum uit de bewaarcontrole; geef aan waarom.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="92"/>
        <source>e.g. disputed payment, fraud investigation</source>
        <translation>bijv. betwiste betaling, fraudeonderzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="92"/>
        <source>e.g. customer called</source>
        <translation>bijv. klant heeft gebeld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="96"/>
        <source>e.g. DISP-2026-7</source>
        <translation>bijv. DISP-2026-7</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="105"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="109"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="114"/>
        <source>Re&amp;view on:</source>
        <translation>&amp;Herbeoordelen op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="114"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="125"/>
        <source>Place &amp;hold</source>
        <translation>Blokkade &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/decisions.py" line="125"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Uitstellen</translation>
    </message>
</context>
<context>
    <name>DeskCases</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="74"/>
        <source>Requests not yet closed (Ctrl+Shift+V shows them)</source>
        <translation>Verzoeken die nog niet zijn afgesloten (Ctrl+Shift+V toont ze)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="95"/>
        <source>Open requests: {count} ({late} overdue)</source>
        <translation>Open verzoeken: {count} ({late} te laat)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="104"/>
        <source>Open requests: ?</source>
        <translation>Open verzoeken: ?</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="67"/>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="71"/>
        <source>No due date of a request falls on these days or in a weekend (R2). A change moves the due dates of open requests at once.</source>
        <translation>Geen uiterste datum van een verzoek valt op deze dagen of in een weekend (R2). Een wijziging verschuift de uiterste datums van open verzoeken direct.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="82"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="88"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="88"/>
        <source>Holiday</source>
        <translation>Feestdag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="97"/>
        <source>name, e.g. Shop closed (stocktaking)</source>
        <translation>naam, bijv. Winkel gesloten (inventarisatie)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="99"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="101"/>
        <source>&amp;Remove selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="112"/>
        <source>Only the owner changes the holiday table.</source>
        <translation>Alleen de eigenaar wijzigt de tabel met feestdagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/holidays/dialog.py" line="120"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="112"/>
        <source>Import customers and orders</source>
        <translation>Klanten en bestellingen importeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="131"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="133"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="135"/>
        <source>&amp;Trial import</source>
        <translation>&amp;Proefimport</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="136"/>
        <source>Shows what the import would do; nothing is saved</source>
        <translation>Laat zien wat de import zou doen; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="138"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="140"/>
        <source>&amp;Stop</source>
        <translation>Stoppe&amp;n</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="141"/>
        <source>Stops after the batch being written; what is in stays</source>
        <translation>Stopt na de reeks die nu wordt weggeschreven; wat al binnen is, blijft</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="168"/>
        <source>Choose an export of the webshop (WooCommerce, Shopify, Lightspeed) or another CSV file. First a trial import shows what would happen; nothing is saved until you import.</source>
        <translation>Kies een export van de webshop (WooCommerce, Shopify, Lightspeed) of een ander CSV-bestand. Eerst laat een proefimport zien wat er zou gebeuren; er wordt pas iets opgeslagen als u importeert.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="176"/>
        <source>no file chosen</source>
        <translation>geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="177"/>
        <source>C&amp;hoose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="179"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="199"/>
        <source>&amp;All or nothing: one bad row and nothing is saved</source>
        <translation>&amp;Alles of niets: bij één slechte rij wordt niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="202"/>
        <source>Skip &amp;bad rows: the good rows are saved, the bad ones listed</source>
        <translation>Slechte rijen &amp;overslaan: de goede rijen worden opgeslagen, de slechte opgesomd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="208"/>
        <source>Soft &amp;opt-in for buyers</source>
        <translation>Soft opt-in voor &amp;kopers</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="212"/>
        <source>Tw 11.7: buyers may get the newsletter about similar products without having asked, only if the shop offered them a way to refuse it when they ordered.</source>
        <translation>Tw 11.7: kopers mogen de nieuwsbrief over soortgelijke producten krijgen zonder erom te hebben gevraagd, alleen als de webshop hun bij het bestellen de kans gaf dat te weigeren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="220"/>
        <source>When a row is bad:</source>
        <translation>Bij een slechte rij:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="222"/>
        <source>Newsletter:</source>
        <translation>Nieuwsbrief:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="293"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="295"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="305"/>
        <source>Looking at the file…</source>
        <translation>Het bestand wordt bekeken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="317"/>
        <source>This is an export of {format} ({columns} columns).</source>
        <translation>Dit is een export van {format} ({columns} kolommen).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="324"/>
        <source>The app does not know this file&apos;s columns ({columns}). In the next step you say what each column holds.</source>
        <translation>De app kent de kolommen van dit bestand niet ({columns}). In de volgende stap geeft u aan wat elke kolom bevat.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="401"/>
        <source>With the column mapping “{name}”.</source>
        <translation>Met de kolomindeling “{name}”.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="403"/>
        <source>An export of {format}.</source>
        <translation>Een export van {format}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="441"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="457"/>
        <source>%p% — {records} records</source>
        <translation>%p% — {records} records</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/dialog.py" line="465"/>
        <source>Stopping after this batch…</source>
        <translation>Stopt na deze reeks…</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="41"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="64"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="65"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="41"/>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="44"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="41"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="41"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="44"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="44"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="88"/>
        <source>guest orders and account joined by e-mail address</source>
        <translation>gastbestellingen en account samengevoegd op e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="106"/>
        <source>Refused rows ({count}):</source>
        <translation>Afgekeurde rijen ({count}):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="108"/>
        <source>Refused rows ({count}; the first {shown} are listed):</source>
        <translation>Afgekeurde rijen ({count}; de eerste {shown} staan hieronder):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="119"/>
        <source>Trial import of {source}: nothing was saved. An import would do this:</source>
        <translation>Proefimport van {source}: er is niets opgeslagen. Een import zou dit doen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="121"/>
        <source>Not imported ({source}): {count} row(s) were refused, so nothing was saved.</source>
        <translation>Niet geïmporteerd ({source}): {count} rij(en) afgekeurd, dus er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="123"/>
        <source>Import of {source} stopped after {records} records; what was in by then stays.</source>
        <translation>Import van {source} gestopt na {records} records; wat toen al binnen was, blijft.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="125"/>
        <source>Imported from {source} in {seconds} s.</source>
        <translation>Geïmporteerd uit {source} in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="139"/>
        <source>Newsletter choices recorded: {list}</source>
        <translation>Nieuwsbriefkeuzes vastgelegd: {list}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="142"/>
        <source>Columns not imported: {columns}</source>
        <translation>Kolommen niet overgenomen: {columns}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="145"/>
        <source>Report saved as {path}</source>
        <translation>Verslag opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/report_view.py" line="154"/>
        <source>row {number}</source>
        <translation>rij {number}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="62"/>
        <source>Switch staff member</source>
        <translation>Wisselen van medewerker</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="62"/>
        <source>The desk is locked</source>
        <translation>De balie is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="68"/>
        <source>Sign in with your own name and password.</source>
        <translation>Meld u aan met uw eigen naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="70"/>
        <source>Sign in to go on; another staff member can sign in here too.</source>
        <translation>Meld u aan om verder te gaan; een andere medewerker kan zich hier ook aanmelden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="80"/>
        <source>Sign-in &amp;name:</source>
        <translation>&amp;Aanmeldnaam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="81"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="83"/>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="126"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="88"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/lock.py" line="117"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="62"/>
        <source>E-mail server</source>
        <translation>E-mailserver</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="65"/>
        <source>Data copies are sent by this mail server, from the shop&apos;s address. Without one, the app saves a ready e-mail for your mail program instead.</source>
        <translation>Gegevenskopieën worden via deze mailserver verzonden, vanaf het adres van de winkel. Zonder mailserver slaat de app in plaats daarvan een kant-en-klare e-mail op voor uw mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="73"/>
        <source>e.g. smtp.provider.nl</source>
        <translation>bijv. smtp.provider.nl</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="75"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="76"/>
        <source>SSL (usually port 465)</source>
        <translation>SSL (meestal poort 465)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="77"/>
        <source>None (only a mail server on this computer)</source>
        <translation>Geen (alleen een mailserver op deze computer)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="86"/>
        <source>empty when the server needs no login</source>
        <translation>leeg als de server geen inlog vraagt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="95"/>
        <source>stored; type to change it</source>
        <translation>opgeslagen; typ om het te wijzigen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="95"/>
        <source>the mail server&apos;s password</source>
        <translation>het wachtwoord van de mailserver</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="98"/>
        <source>The password is kept in this computer&apos;s password store, not in a file.</source>
        <translation>Het wachtwoord wordt bewaard in de wachtwoordkluis van deze computer, niet in een bestand.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="101"/>
        <source>This computer has no password store: the password is asked at the first sending after each start of the app and kept only until it closes.</source>
        <translation>Deze computer heeft geen wachtwoordkluis: na elke start van de app wordt het wachtwoord bij de eerste verzending gevraagd en alleen bewaard tot de app sluit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="113"/>
        <source>&amp;Mail server:</source>
        <translation>&amp;Mailserver:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="114"/>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="115"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="116"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="117"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="118"/>
        <source>Sen&amp;der:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="134"/>
        <source>&amp;Remove (no mail server)</source>
        <translation>&amp;Verwijderen (geen mailserver)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="136"/>
        <source>Copies are then saved as an e-mail for your mail program</source>
        <translation>Kopieën worden dan opgeslagen als e-mail voor uw mailprogramma</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/copies/mail_settings.py" line="192"/>
        <source>The settings could not be saved ({reason}). They apply until the app closes.</source>
        <translation>De instellingen konden niet worden opgeslagen ({reason}). Ze gelden tot de app sluit.</translation>
    </message>
</context>
<context>
    <name>MailingListExport</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="57"/>
        <source>Export mailing list</source>
        <translation>Mailinglijst exporteren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="59"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="76"/>
        <source>%n address(es) written to {file}.</source>
        <translation>
            <numerusform>%n adres geschreven naar {file}.</numerusform>
            <numerusform>%n adressen geschreven naar {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="108"/>
        <source>Find a customer: name, e-mail, phone, postcode + house number, customer or order number</source>
        <translation>Klant zoeken: naam, e-mail, telefoon, postcode + huisnummer, klant- of bestelnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="111"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="206"/>
        <source>At the desk: {name} ({role})</source>
        <translation>Aan de balie: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="210"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="236"/>
        <source>Type to search. Examples: “berg”, “vd berg”, “06-22993969”, “4021 HR 151”, “K100103”, an e-mail address or an order number. Enter opens the customer when there is one match; with more, ↓ or Enter to choose, then Enter to open. Esc comes back.</source>
        <translation>Typ om te zoeken. Voorbeelden: “berg”, “vd berg”, “06-22993969”, “4021 HR 151”, “K100103”, een e-mailadres of een bestelnummer. Enter opent de klant als er één resultaat is; bij meer kiest u met ↓ of Enter en opent u met Enter. Esc gaat terug.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="243"/>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="244"/>
        <source>&amp;Find customer</source>
        <translation>Klant &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="247"/>
        <source>&amp;Open selected customer</source>
        <translation>Gekozen klant &amp;openen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="250"/>
        <source>&amp;Back to results</source>
        <translation>&amp;Terug naar resultaten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="256"/>
        <source>&amp;Correct details…</source>
        <translation>Gegevens &amp;corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="260"/>
        <source>Create &amp;data copy…</source>
        <translation>&amp;Gegevenskopie maken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="261"/>
        <source>The customer&apos;s data copy (encrypted PDF) to check and send</source>
        <translation>De gegevenskopie van de klant (versleutelde PDF) om te controleren en te verzenden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="277"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="278"/>
        <source>Export &amp;mailing list…</source>
        <translation>&amp;Mailinglijst exporteren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="284"/>
        <source>CSV of everyone who may receive the newsletter today, for the newsletter tool</source>
        <translation>CSV van iedereen die vandaag de nieuwsbrief mag ontvangen, voor het nieuwsbriefprogramma</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="288"/>
        <source>&amp;Requests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="289"/>
        <source>Request &amp;list…</source>
        <translation>&amp;Lijst met verzoeken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="291"/>
        <source>Open requests, most urgent first</source>
        <translation>Open verzoeken, de dringendste eerst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="293"/>
        <source>Record a request of an &amp;unknown caller…</source>
        <translation>Verzoek van een &amp;onbekende beller vastleggen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="298"/>
        <source>For a caller not (yet) found as a customer; in the customer view use Ctrl+R</source>
        <translation>Voor een beller die (nog) niet als klant is gevonden; gebruik in de klantweergave Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="304"/>
        <source>Public &amp;holidays…</source>
        <translation>&amp;Feestdagen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="305"/>
        <source>The days no due date falls on (R2)</source>
        <translation>De dagen waarop geen uiterste datum valt (R2)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="309"/>
        <source>Weekly retention &amp;review…</source>
        <translation>&amp;Wekelijkse bewaarcontrole…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="314"/>
        <source>What the retention schedule says may go, to approve or postpone (R23-R26)</source>
        <translation>Wat volgens de bewaartermijnen weg mag, om goed te keuren of uit te stellen (R23-R26)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="318"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="319"/>
        <source>&amp;E-mail server…</source>
        <translation>&amp;E-mailserver…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="324"/>
        <source>The mail server data copies are sent by</source>
        <translation>De mailserver waarmee gegevenskopieën worden verzonden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="328"/>
        <source>&amp;Retention rules…</source>
        <translation>&amp;Bewaarregels…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="330"/>
        <source>How long each kind of data is kept, and what happens then (R23)</source>
        <translation>Hoe lang elke soort gegevens wordt bewaard, en wat er daarna gebeurt (R23)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="334"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="338"/>
        <source>Who may sign in, their roles and passwords</source>
        <translation>Wie zich mag aanmelden, hun rollen en wachtwoorden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="343"/>
        <source>Move to the &amp;server…</source>
        <translation>Naar de &amp;server verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="351"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="352"/>
        <source>&amp;About SpaceOptics Desk</source>
        <translation>&amp;Over SpaceOptics Desk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="358"/>
        <source>&amp;File</source>
        <translation>B&amp;estand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="360"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="364"/>
        <source>Customers and orders from a webshop export or another CSV file</source>
        <translation>Klanten en bestellingen uit een webshopexport of een ander CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="368"/>
        <source>&amp;Webshop connection…</source>
        <translation>&amp;Webshopkoppeling…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="372"/>
        <source>The WooCommerce shop the app synchronises with every hour</source>
        <translation>De WooCommerce-webshop waarmee de app elk uur synchroniseert</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="376"/>
        <source>&amp;Synchronise now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="377"/>
        <source>Fetch what changed at the webshop since the last sync</source>
        <translation>Ophalen wat er in de webshop is veranderd sinds de vorige synchronisatie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="406"/>
        <source>Import finished.</source>
        <translation>Import klaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="430"/>
        <source>in this computer&apos;s password store</source>
        <translation>in de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="431"/>
        <source>in a file beside the database that only your account can read</source>
        <translation>in een bestand naast de database dat alleen uw account kan lezen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="434"/>
        <source>Webshop connection saved; the key is kept {where}.</source>
        <translation>Webshopkoppeling opgeslagen; de sleutel staat {where}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="442"/>
        <source>&amp;Desk</source>
        <translation>&amp;Balie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="443"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="446"/>
        <source>Hides every window until you or a colleague signs in</source>
        <translation>Verbergt elk venster tot u of een collega zich aanmeldt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="448"/>
        <source>&amp;Switch staff member…</source>
        <translation>&amp;Wisselen van medewerker…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="450"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="494"/>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="548"/>
        <source>The first {count} matches — type more to narrow down.</source>
        <translation>De eerste {count} resultaten — typ verder om te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="550"/>
        <source>The first match — type more to narrow down.</source>
        <translation>Het eerste resultaat — typ verder om te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="553"/>
        <source>{count} matches, best first. ↓ or Enter to choose, Enter again to open.</source>
        <translation>{count} resultaten, beste eerst. ↓ of Enter om te kiezen, nog eens Enter om te openen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="555"/>
        <source>1 match. Enter to open.</source>
        <translation>1 resultaat. Enter om te openen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="560"/>
        <source>No matches. Try part of the name, the postcode with house number, the phone number or the customer number.</source>
        <translation>Geen resultaten. Probeer een deel van de naam, de postcode met huisnummer, het telefoonnummer of het klantnummer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="692"/>
        <source>E-mail server settings saved.</source>
        <translation>Instellingen van de e-mailserver opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="712"/>
        <source>Mailing list exported: %n address(es).</source>
        <translation>
            <numerusform>Mailinglijst geëxporteerd: %n adres.</numerusform>
            <numerusform>Mailinglijst geëxporteerd: %n adressen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="748"/>
        <source>Retention review carried out.</source>
        <translation>Bewaarcontrole uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="583"/>
        <source>The customer was erased.</source>
        <translation>De klant is gewist.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="802"/>
        <source>About SpaceOptics Desk</source>
        <translation>Over SpaceOptics Desk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="804"/>
        <source>{app} {version}
The privacy back office of Space Optics, Maurik.

Database: {location}</source>
        <translation>{app} {version}
De privacy-backoffice van Space Optics, Maurik.

Database: {location}</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="92"/>
        <source>The app does not know these columns. Choose per column what it holds, or “do not import”; the mapping is saved under its name and offered again for the next file.</source>
        <translation>De app kent deze kolommen niet. Kies per kolom wat erin staat, of “niet overnemen”; de indeling wordt onder haar naam bewaard en bij het volgende bestand weer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="102"/>
        <source>e.g. Cash register export</source>
        <translation>bijv. Kassa-export</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="104"/>
        <source>&amp;Saved mapping:</source>
        <translation>&amp;Opgeslagen indeling:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="106"/>
        <source>Save mapping &amp;as:</source>
        <translation>Indeling opslaan &amp;als:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="114"/>
        <source>&amp;First rows of the file:</source>
        <translation>&amp;Eerste rijen van het bestand:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="129"/>
        <source>What each column holds:</source>
        <translation>Wat elke kolom bevat:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="139"/>
        <source>New mapping</source>
        <translation>Nieuwe indeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="148"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="149"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/mapping_step.py" line="150"/>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
</context>
<context>
    <name>MarketingObjectionDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="272"/>
        <source>Stop all direct marketing</source>
        <translation>Stop alle direct marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="273"/>
        <source>&amp;Stop all direct marketing</source>
        <translation>&amp;Stop alle direct marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="276"/>
        <source>The customer objects to direct marketing (GDPR art. 21). Every marketing consent is withdrawn and the objection to advertising via social media is recorded, at once. This cannot be refused.</source>
        <translation>De klant maakt bezwaar tegen direct marketing (AVG art. 21). Alle toestemmingen voor marketing worden ingetrokken en het bezwaar tegen advertenties via social media wordt vastgelegd, direct. Dit kan niet worden geweigerd.</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="52"/>
        <source>Move the database to the server</source>
        <translation>De database naar de server verplaatsen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="55"/>
        <source>Every row of this computer&apos;s database is copied into an empty database on the shop&apos;s server, in one step; the file here stays as it was. Close the app at the other computers first. The other staff get a new password from you on the server.</source>
        <translation>Alle gegevens van de database op deze computer worden in één keer gekopieerd naar een lege database op de server van de winkel; het bestand hier blijft zoals het was. Sluit de app eerst op de andere computers. De andere medewerkers krijgen van u een nieuw wachtwoord op de server.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="67"/>
        <source>Your own pass&amp;word:</source>
        <translation>Uw eigen &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="72"/>
        <source>&amp;Count first (changes nothing)</source>
        <translation>Eerst &amp;tellen (verandert niets)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="74"/>
        <source>&amp;Move</source>
        <translation>Ver&amp;plaatsen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="76"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="119"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="119"/>
        <source>Moving…</source>
        <translation>Bezig met verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="132"/>
        <source>{rows} rows in {tables} tables can move; the server&apos;s database is empty.</source>
        <translation>{rows} rijen in {tables} tabellen kunnen verplaatst worden; de database op de server is leeg.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="138"/>
        <source>Moved: {rows} rows in {tables} tables, the same counts on the server. Start the app again to work on the server; the other computers choose the same server.</source>
        <translation>Verplaatst: {rows} rijen in {tables} tabellen, op de server evenveel. Start de app opnieuw om op de server te werken; de andere computers kiezen dezelfde server.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="142"/>
        <source>No password on the server yet: {names}.</source>
        <translation>Nog geen wachtwoord op de server: {names}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/moving/dialog.py" line="160"/>
        <source>The choice could not be saved: start with --db.</source>
        <translation>De keuze kon niet worden bewaard: start met --db.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="190"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="190"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="190"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="190"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="214"/>
        <source>{code}, VAT {rate}%</source>
        <translation>{code}, btw {rate}%</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="220"/>
        <source>Invoice {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="222"/>
        <source>of which VAT {vat}</source>
        <translation>waarvan btw {vat}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="229"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="231"/>
        <source>{method} via {provider}</source>
        <translation>{method} via {provider}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="238"/>
        <source>delivered {moment}</source>
        <translation>bezorgd {moment}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="240"/>
        <source>not yet delivered</source>
        <translation>nog niet bezorgd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="245"/>
        <source>Shipment ({carrier})</source>
        <translation>Zending ({carrier})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="251"/>
        <source>Delivery address</source>
        <translation>Bezorgadres</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/own_password.py" line="30"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/own_password.py" line="33"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/own_password.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>PortalTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="302"/>
        <source>Login name</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="303"/>
        <source>Account created</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="304"/>
        <source>Last login</source>
        <translation>Laatst ingelogd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="310"/>
        <source>This customer has no portal account.</source>
        <translation>Deze klant heeft geen portaalaccount.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="324"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="107"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="108"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="125"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="109"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="110"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="111"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="112"/>
        <source>Chamber of Commerce (KvK)</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="113"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="114"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="115"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="116"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="117"/>
        <source>Came in via</source>
        <translation>Binnengekomen via</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="118"/>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="119"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="126"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="127"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="128"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="129"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="136"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="142"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/file_dialogs.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/file_dialogs.py" line="24"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientTasksPage</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="48"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="48"/>
        <source>Told of</source>
        <translation>Ingelicht over</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="48"/>
        <source>How / why not</source>
        <translation>Hoe / waarom niet</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="54"/>
        <source>No recipient to tell yet. Correcting, erasing or restricting within this request lists everyone who received the customer&apos;s data.</source>
        <translation>Nog geen ontvanger om in te lichten. Wordt er binnen dit verzoek gecorrigeerd, gewist of beperkt, dan staat hier iedereen die de gegevens van de klant heeft ontvangen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="68"/>
        <source>how they were told, or why that is impossible</source>
        <translation>hoe ze zijn ingelicht, of waarom dat onmogelijk is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="70"/>
        <source>Told</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="72"/>
        <source>Not possible / disproportionate</source>
        <translation>Niet mogelijk / onevenredig</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/recipients_step.py" line="138"/>
        <source>{recipient} knows the person by: {reference}</source>
        <translation>{recipient} kent de persoon onder: {reference}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="37"/>
        <source>Recovery key - {app}</source>
        <translation>Herstelsleutel - {app}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="39"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="46"/>
        <source>When the owner&apos;s password is forgotten, this key is the only way into the database. It is shown only now: write it down or print it, and keep it locked away, not beside the computer.</source>
        <translation>Als het wachtwoord van de eigenaar vergeten is, is deze sleutel de enige weg naar de database. Hij wordt alleen nu getoond: schrijf hem op of druk hem af, en bewaar hem achter slot, niet naast de computer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="76"/>
        <source>The backup copy made before the encryption is still readable by anyone:
{path}
Keep it somewhere safe, or delete it once you have checked the encrypted database.</source>
        <translation>De reservekopie die vóór het versleutelen is gemaakt, is nog voor iedereen leesbaar:
{path}
Bewaar hem op een veilige plek, of verwijder hem zodra u de versleutelde database hebt gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="82"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="85"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/recovery_key.py" line="115"/>
        <source>{app}: recovery key</source>
        <translation>{app}: herstelsleutel</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="126"/>
        <source>Correct details of {name}</source>
        <translation>Gegevens van {name} corrigeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="133"/>
        <source>Change what the customer asked to correct. Only changed fields are saved; each change is kept with the old value, who made it and when.</source>
        <translation>Wijzig wat de klant wil laten corrigeren. Alleen gewijzigde velden worden opgeslagen; bij elke wijziging worden de oude waarde, wie het deed en wanneer bewaard.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="143"/>
        <source>Name and contact details</source>
        <translation>Naam en contactgegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="165"/>
        <source>&amp;Save corrections</source>
        <translation>Correcties op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="170"/>
        <source>Recorded as: {name}</source>
        <translation>Vastgelegd als: {name}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="266"/>
        <source>Saved there now:</source>
        <translation>Daar staat nu opgeslagen:</translation>
    </message>
</context>
<context>
    <name>RetentionReviewWindow</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="106"/>
        <source>Weekly retention review</source>
        <translation>Wekelijkse bewaarcontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="109"/>
        <source>Looking for what is due…</source>
        <translation>Zoeken wat weg mag…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="114"/>
        <source>What the retention schedule says may go today, per rule. Tick what may go and approve it; each customer is handled in one step and checked again first. Postpone a candidate with a reason, or put a legal hold on the customer.</source>
        <translation>Wat volgens de bewaartermijnen vandaag weg mag, per regel. Vink aan wat weg mag en keur het goed; elke klant wordt in één stap afgehandeld en eerst opnieuw gecontroleerd. Stel een kandidaat uit met een reden, of stel een juridische blokkade in voor de klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="138"/>
        <source>&amp;Candidates:</source>
        <translation>&amp;Kandidaten:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="146"/>
        <source>Select a candidate to see exactly what happens to it.</source>
        <translation>Kies een kandidaat om precies te zien wat ermee gebeurt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="161"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="163"/>
        <source>Select n&amp;one</source>
        <translation>&amp;Niets aanvinken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="165"/>
        <source>&amp;Postpone…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="167"/>
        <source>Legal &amp;hold…</source>
        <translation>Juridische &amp;blokkade…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="169"/>
        <source>Appro&amp;ve selected</source>
        <translation>Aangevinkte &amp;goedkeuren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="171"/>
        <source>&amp;Scan again</source>
        <translation>Opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="201"/>
        <source>Only the owner decides on the retention review; you can look at what is due.</source>
        <translation>Alleen de eigenaar beslist over de bewaarcontrole; u kunt wel bekijken wat weg mag.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="207"/>
        <source>%v of %m customers done</source>
        <translation>%v van %m klanten klaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="219"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="219"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="219"/>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="219"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="219"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="226"/>
        <source>Save report as P&amp;DF…</source>
        <translation>Verslag opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="237"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="287"/>
        <source>last review on {date}</source>
        <translation>laatste controle op {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="289"/>
        <source>no review done yet</source>
        <translation>nog geen controle gedaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="292"/>
        <source>{due} on {today} ({last}).</source>
        <translation>{due} op {today} ({last}).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="293"/>
        <source>Nothing due</source>
        <translation>Niets mag weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="332"/>
        <source>{subject} — {rule}</source>
        <translation>{subject} — {rule}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="338"/>
        <source>Due since {date}; {action}; {count} record(s). {why}</source>
        <translation>Mag weg sinds {date}; {action}; {count} record(s). {why}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="347"/>
        <source>Erased (the rows go):</source>
        <translation>Gewist (de rijen verdwijnen):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="350"/>
        <source>Anonymised (emptied, the record stays):</source>
        <translation>Geanonimiseerd (leeggemaakt, het record blijft):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="353"/>
        <source>Kept:</source>
        <translation>Bewaard:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="355"/>
        <source> until {date}</source>
        <translation> tot {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="404"/>
        <source>Tick the candidates to approve first (Select all ticks all).</source>
        <translation>Vink eerst de kandidaten aan die u wilt goedkeuren (Alles aanvinken vinkt alles aan).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="409"/>
        <source>Approve the review</source>
        <translation>Bewaarcontrole goedkeuren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="411"/>
        <source>Carry out {count} candidate(s) now? What they list is erased or anonymised for good; each is checked again first.</source>
        <translation>{count} kandidaat/kandidaten nu uitvoeren? Wat erbij staat, wordt definitief gewist of geanonimiseerd; elke kandidaat wordt eerst opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="450"/>
        <source>Deletion run {run} of {date}, approved by {approver}: {done} done, {skipped} skipped.</source>
        <translation>Verwijderronde {run} van {date}, goedgekeurd door {approver}: {done} uitgevoerd, {skipped} overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="478"/>
        <source>Skipped because: {reasons}</source>
        <translation>Overgeslagen wegens: {reasons}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="491"/>
        <source>Save the deletion report</source>
        <translation>Verwijderverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="493"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/review.py" line="509"/>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="67"/>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="70"/>
        <source>How long each kind of data is kept and what happens then (R23). Nothing goes without the weekly review unless a rule is set to automatic. Every change is recorded with the reason.</source>
        <translation>Hoe lang elke soort gegevens wordt bewaard en wat er daarna gebeurt (R23). Niets verdwijnt zonder de wekelijkse bewaarcontrole, tenzij een regel op automatisch staat. Elke wijziging wordt met de reden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="78"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="79"/>
        <source>Trigger</source>
        <translation>Startmoment</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="80"/>
        <source>Period (months)</source>
        <translation>Termijn (maanden)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="81"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="82"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="90"/>
        <source>&amp;Rules:</source>
        <translation>&amp;Regels:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="95"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="97"/>
        <source>Carry out &amp;without the weekly review</source>
        <translation>&amp;Uitvoeren zonder de wekelijkse bewaarcontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="101"/>
        <source>required: why the rule changes (e.g. advice of the accountant)</source>
        <translation>verplicht: waarom de regel verandert (bijv. advies van de boekhouder)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="104"/>
        <source>&amp;Save change</source>
        <translation>Wijziging &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="108"/>
        <source>&amp;Period:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="110"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="112"/>
        <source>Rea&amp;son:</source>
        <translation>Re&amp;den:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="128"/>
        <source>Only the owner changes the retention rules.</source>
        <translation>Alleen de eigenaar wijzigt de bewaarregels.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="138"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="139"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="140"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="141"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="142"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="143"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="148"/>
        <source>Changes so far</source>
        <translation>Wijzigingen tot nu toe</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="150"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="211"/>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="249"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="211"/>
        <location filename="../../spaceoptics_desk/ui/retention/rules.py" line="249"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="430"/>
        <source>{n} years {trigger}</source>
        <translation>{n} jaar {trigger}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="434"/>
        <source>{n} months {trigger}</source>
        <translation>{n} maanden {trigger}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="438"/>
        <source>Nothing kept</source>
        <translation>Niets bewaard</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="440"/>
        <source>Legal hold until {date}</source>
        <translation>Juridische blokkade tot {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="442"/>
        <source>Due now</source>
        <translation>Mag nu weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/tabs.py" line="444"/>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
</context>
<context>
    <name>RetentionWatch</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="52"/>
        <source>1 record due</source>
        <translation>1 record mag weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="53"/>
        <source>{count} records due</source>
        <translation>{count} records mogen weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="116"/>
        <source>Records the retention schedule says may go: open the weekly review</source>
        <translation>Records die volgens de bewaartermijnen weg mogen: open de wekelijkse bewaarcontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="125"/>
        <source>Review &amp;now…</source>
        <translation>&amp;Nu controleren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="232"/>
        <source>the last review was on {date}</source>
        <translation>de laatste controle was op {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="236"/>
        <source>no review has been done yet</source>
        <translation>er is nog geen controle gedaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="239"/>
        <source>The weekly retention review is overdue: {due}; {last}.</source>
        <translation>De wekelijkse bewaarcontrole is te laat: {due}; {last}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/retention/watch.py" line="264"/>
        <source>{due}: the weekly retention review is waiting.</source>
        <translation>{due}: de wekelijkse bewaarcontrole wacht.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="45"/>
        <source>&amp;One computer: the database is on this computer</source>
        <translation>&amp;Eén computer: de database staat op deze computer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="46"/>
        <source>&amp;Shared database on the shop&apos;s server (several computers)</source>
        <translation>&amp;Gedeelde database op de server van de winkel (meer computers)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="52"/>
        <source>for example: office-pc or 192.168.1.10</source>
        <translation>bijvoorbeeld: kantoor-pc of 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="59"/>
        <source>&amp;Test the connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="67"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="68"/>
        <source>Po&amp;rt:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="69"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="70"/>
        <source>&amp;User:</source>
        <translation>Gebr&amp;uiker:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="71"/>
        <source>Server pass&amp;word:</source>
        <translation>Wachtwoord van de ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="112"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Typ de naam of het adres van de server.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/server_choice.py" line="114"/>
        <source>Type the database and the user the server&apos;s administrator made.</source>
        <translation>Typ de database en de gebruiker die de beheerder van de server heeft gemaakt.</translation>
    </message>
</context>
<context>
    <name>ShopConnectionDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="65"/>
        <source>Webshop connection</source>
        <translation>Webshopkoppeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="68"/>
        <source>The app fetches new customers and orders from the WooCommerce shop every hour. Make a REST API key with Read access in WooCommerce (Settings › Advanced › REST API) and enter it here.</source>
        <translation>De app haalt elk uur nieuwe klanten en bestellingen op uit de WooCommerce-webshop. Maak in WooCommerce een REST API-sleutel met alleen leesrechten (Instellingen › Geavanceerd › REST API) en vul die hier in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="77"/>
        <source>https://www.example.nl</source>
        <translation>https://www.example.nl</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="88"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="94"/>
        <source>Soft &amp;opt-in for buyers</source>
        <translation>Soft &amp;opt-in voor kopers</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="97"/>
        <source>Tw 11.7: buyers may get the newsletter about similar products without having asked, only if the shop offered them a way to refuse it when they ordered.</source>
        <translation>Tw 11.7: kopers mogen de nieuwsbrief over soortgelijke producten krijgen zonder erom te hebben gevraagd, alleen als de webshop hun bij het bestellen de kans gaf dat te weigeren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="105"/>
        <source>optional, e.g. _newsletter_optin</source>
        <translation>niet verplicht, bijv. _newsletter_optin</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="108"/>
        <source>The meta key of the shop&apos;s own newsletter checkbox at checkout: a ticked box is recorded as consent with the shop as its source. Empty: no consent is read from the shop.</source>
        <translation>De metasleutel van het eigen nieuwsbriefvakje van de webshop bij het afrekenen: een aangevinkt vakje wordt vastgelegd als toestemming, met de webshop als bron. Leeg: er wordt geen toestemming uit de webshop gelezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="117"/>
        <source>Shop &amp;address:</source>
        <translation>&amp;Adres van de webshop:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="118"/>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="119"/>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer s&amp;ecret:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="130"/>
        <source>Newsletter:</source>
        <translation>Nieuwsbrief:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="132"/>
        <source>&amp;Newsletter checkbox (meta key):</source>
        <translation>&amp;Nieuwsbriefvakje (metasleutel):</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="172"/>
        <source>A key is kept for this shop; leave both fields empty to keep it.</source>
        <translation>Voor deze webshop is een sleutel bewaard; laat beide velden leeg om die te houden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="191"/>
        <source>Enter the key and the secret to test them.</source>
        <translation>Vul de key en het secret in om ze te testen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="194"/>
        <source>Asking the shop…</source>
        <translation>De webshop wordt gevraagd…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="208"/>
        <source>The connection works: the key can read {customers} customers and {orders} orders.</source>
        <translation>De verbinding werkt: met de sleutel zijn {customers} klanten en {orders} bestellingen te lezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/connection.py" line="242"/>
        <source>Enter both the key and the secret, or neither to keep the kept ones.</source>
        <translation>Vul zowel de key als het secret in, of geen van beide om de bewaarde te houden.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="149"/>
        <source>Looking at the database…</source>
        <translation>De database wordt bekeken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="159"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="164"/>
        <source>Use the &amp;recovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="169"/>
        <source>Sign-in &amp;name:</source>
        <translation>&amp;Aanmeldnaam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="170"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="176"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="178"/>
        <source>Every change you make is recorded with your name.</source>
        <translation>Elke wijziging die u maakt, wordt met uw naam vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="191"/>
        <source>for example: marleen</source>
        <translation>bijvoorbeeld: marleen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="195"/>
        <source>Shop owner&apos;s &amp;name:</source>
        <translation>&amp;Naam van de eigenaar:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="196"/>
        <source>Sign-in n&amp;ame:</source>
        <translation>&amp;Aanmeldnaam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="198"/>
        <source>&amp;Make the database</source>
        <translation>Database &amp;maken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="202"/>
        <source>First start</source>
        <translation>Eerste start</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="216"/>
        <source>The database is set up on the shop&apos;s server, with you as its owner; the other computers then choose the same server. Afterwards you add the staff and their passwords (Settings › Staff).</source>
        <translation>De database wordt op de server van de winkel ingericht, met u als eigenaar; de andere computers kiezen daarna dezelfde server. Daarna voegt u de medewerkers en hun wachtwoorden toe (Instellingen › Medewerkers).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="221"/>
        <source>There is no database yet. It is made now, encrypted, with you as its owner. Afterwards you add the staff and their passwords (Settings › Staff).</source>
        <translation>Er is nog geen database. Hij wordt nu gemaakt, versleuteld, met u als eigenaar. Daarna voegt u de medewerkers en hun wachtwoorden toe (Instellingen › Medewerkers).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="229"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="231"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="236"/>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="451"/>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="239"/>
        <source>Encrypt the database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="243"/>
        <source>From this version on the database is encrypted: without a password nobody can read it, also not on a stolen computer. A backup copy of the database as it is now is made first. Choose the owner who gets the first password; the owner then gives the staff theirs.</source>
        <translation>Vanaf deze versie is de database versleuteld: zonder wachtwoord kan niemand hem lezen, ook niet op een gestolen computer. Eerst wordt een reservekopie van de database gemaakt zoals hij nu is. Kies de eigenaar die het eerste wachtwoord krijgt; de eigenaar geeft daarna de medewerkers het hunne.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="265"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="266"/>
        <source>Owner&apos;s sign-in &amp;name:</source>
        <translation>&amp;Aanmeldnaam van de eigenaar:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="268"/>
        <source>Set the new &amp;password</source>
        <translation>Nieuw &amp;wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="271"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="279"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="283"/>
        <source>An owner who forgot the password types the recovery key printed at the first start, and chooses a new password. Staff ask the owner for a new password.</source>
        <translation>Een eigenaar die het wachtwoord vergeten is, typt de herstelsleutel die bij de eerste start is afgedrukt, en kiest een nieuw wachtwoord. Medewerkers vragen de eigenaar om een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="321"/>
        <source>This database has no active owner, so nobody can encrypt it.</source>
        <translation>Deze database heeft geen actieve eigenaar, dus niemand kan hem versleutelen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="343"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="359"/>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="370"/>
        <source>Connected. This database is in use already: you sign in with your own name.</source>
        <translation>Verbonden. Deze database is al in gebruik: u logt in met uw eigen naam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="371"/>
        <source>Connected. The database is empty: it is set up with you as its owner.</source>
        <translation>Verbonden. De database is leeg: hij wordt ingericht met u als eigenaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="396"/>
        <source>Making the database…</source>
        <translation>De database wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="410"/>
        <source>Connecting to the server…</source>
        <translation>Verbinden met de server…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/window.py" line="469"/>
        <source>Checking the recovery key…</source>
        <translation>De herstelsleutel wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="71"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="74"/>
        <source>Who may sign in at this shop&apos;s desks. A deactivated staff member can no longer sign in; their name stays in the records they made.</source>
        <translation>Wie zich aan de balies van deze winkel mag aanmelden. Een gedeactiveerde medewerker kan zich niet meer aanmelden; de naam blijft staan bij wat hij of zij heeft vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="82"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="83"/>
        <source>Sign-in name</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="84"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="85"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="86"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="91"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="93"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="95"/>
        <source>&amp;New password…</source>
        <translation>&amp;Nieuw wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="97"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="107"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="112"/>
        <source>Lock a desk after this &amp;idle time:</source>
        <translation>Balie &amp;vergrendelen na zoveel minuten niets doen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="122"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="155"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="155"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="164"/>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="164"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="242"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="243"/>
        <source>{name} can then no longer sign in. Deactivate?</source>
        <translation>{name} kan zich dan niet meer aanmelden. Deactiveren?</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="314"/>
        <source>Add a staff member</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="315"/>
        <source>Change a staff member</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="316"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="333"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="334"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Aanmeldnaam:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="336"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="342"/>
        <source>Tell {name} the new password; they change it themselves afterwards.</source>
        <translation>Geef {name} het nieuwe wachtwoord; daarna wijzigt hij of zij het zelf.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff/dialog.py" line="354"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>SyncWatch</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="53"/>
        <source>Webshop: no connection set up</source>
        <translation>Webshop: geen koppeling ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="55"/>
        <source>Webshop: not synchronised yet</source>
        <translation>Webshop: nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="60"/>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="288"/>
        <source>Webshop: last synchronised {when} ({counts})</source>
        <translation>Webshop: laatst gesynchroniseerd {when} ({counts})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="66"/>
        <source>Webshop: synchronising failed at {when} ({reason})</source>
        <translation>Webshop: synchroniseren mislukt om {when} ({reason})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="80"/>
        <source>{added} new, {changed} changed</source>
        <translation>{added} nieuw, {changed} gewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="83"/>
        <source>, {refused} refused</source>
        <translation>, {refused} geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="270"/>
        <source>Webshop: synchronising…</source>
        <translation>Webshop: bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="284"/>
        <source>Report saved as {path}</source>
        <translation>Verslag opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/sync_watch.py" line="305"/>
        <source>an unexpected error; it was logged</source>
        <translation>een onverwachte fout; die is in het logbestand gezet</translation>
    </message>
</context>
<context>
    <name>TraceCleanupWatch</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/trace_cleanup.py" line="70"/>
        <source>Erased data is still readable in the database file while another program reads it; it is removed as soon as that program closes its connection.</source>
        <translation>Gewiste gegevens zijn nog leesbaar in het databasebestand zolang een ander programma het leest; ze worden verwijderd zodra dat programma zijn verbinding sluit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/trace_cleanup.py" line="104"/>
        <source>Erased data waits for another program to let go</source>
        <translation>Gewiste gegevens wachten tot een ander programma de database loslaat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/trace_cleanup.py" line="107"/>
        <source>The erased data&apos;s traces are gone from the database file.</source>
        <translation>De sporen van de gewiste gegevens zijn uit het databasebestand verdwenen.</translation>
    </message>
</context>
<context>
    <name>_RecordingDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="72"/>
        <source>optional, e.g. “called about order 2025-000123”</source>
        <translation>optioneel, bijv. “belde over bestelling 2025-000123”</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="74"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="76"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="89"/>
        <source>Recorded as: {name}</source>
        <translation>Vastgelegd als: {name}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../spaceoptics_desk/services/customer_view.py" line="253"/>
        <source>No customer has that number or e-mail address.</source>
        <translation>Geen klant heeft dat nummer of e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="81"/>
        <source>Unknown purpose &apos;{purpose}&apos;. Valid purposes: {valid}.</source>
        <translation>Onbekend doel &apos;{purpose}&apos;. Geldige doelen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="88"/>
        <source>&apos;{purpose}&apos; rests on a contract or the law, not on consent; it cannot be switched.</source>
        <translation>&apos;{purpose}&apos; berust op een overeenkomst of de wet, niet op toestemming; dit kan niet aan of uit worden gezet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="107"/>
        <source>Unknown channel &apos;{channel}&apos;. Valid channels: {valid}.</source>
        <translation>Onbekend kanaal &apos;{channel}&apos;. Geldige kanalen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/case_steps.py" line="17"/>
        <location filename="../../spaceoptics_desk/services/cases.py" line="426"/>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="47"/>
        <source>There is no case {case}.</source>
        <translation>Er is geen verzoek {case}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/case_steps.py" line="23"/>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="55"/>
        <source>Case {case} is closed already.</source>
        <translation>Verzoek {case} is al gesloten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="134"/>
        <source>Unknown channel &apos;{value}&apos;. Valid channels: {valid}.</source>
        <translation>Onbekend kanaal &apos;{value}&apos;. Geldige kanalen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="137"/>
        <source>Name at least one right the person invokes.</source>
        <translation>Noem ten minste één recht waarop de persoon zich beroept.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="139"/>
        <location filename="../../spaceoptics_desk/services/cases.py" line="409"/>
        <source>Unknown right &apos;{value}&apos;. Valid rights: {valid}.</source>
        <translation>Onbekend recht &apos;{value}&apos;. Geldige rechten: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="107"/>
        <source>A request cannot be received in the future.</source>
        <translation>Een verzoek kan niet in de toekomst zijn ontvangen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="110"/>
        <source>A request cannot have been received before {day}, when the AVG began to apply.</source>
        <translation>Een verzoek kan niet vóór {day} zijn ontvangen: toen begon de AVG te gelden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/cases.py" line="118"/>
        <location filename="../../spaceoptics_desk/services/cases.py" line="142"/>
        <location filename="../../spaceoptics_desk/services/consent.py" line="116"/>
        <location filename="../../spaceoptics_desk/services/customer_view.py" line="394"/>
        <location filename="../../spaceoptics_desk/services/erasure.py" line="197"/>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="94"/>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="167"/>
        <source>Unknown method &apos;{value}&apos;. Valid methods: {valid}.</source>
        <translation>Onbekende methode &apos;{value}&apos;. Geldige methoden: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="170"/>
        <source>Describe the other way identity was checked.</source>
        <translation>Beschrijf op welke andere manier de identiteit is gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="176"/>
        <source>Identity in case {case} was checked already.</source>
        <translation>De identiteit in verzoek {case} is al gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="193"/>
        <source>An extension needs a reason (complexity or number of requests).</source>
        <translation>Een verlenging heeft een reden nodig (complexiteit of aantal verzoeken).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="196"/>
        <source>Case {case} was extended already.</source>
        <translation>Verzoek {case} is al verlengd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="202"/>
        <source>The first due date has passed; the case can no longer be extended.</source>
        <translation>De eerste uiterste datum is verstreken; het verzoek kan niet meer worden verlengd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="206"/>
        <source>The date the person was told must lie between receipt and today.</source>
        <translation>De datum waarop de persoon is ingelicht, moet tussen de ontvangst en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="223"/>
        <source>Case {case} has waited for the person already.</source>
        <translation>Verzoek {case} heeft al op de persoon gewacht.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="227"/>
        <source>The date of asking must lie between receipt and today.</source>
        <translation>De datum van de vraag moet tussen de ontvangst en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="243"/>
        <source>Case {case} is not waiting for the person.</source>
        <translation>Verzoek {case} wacht niet op de persoon.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="247"/>
        <source>The date of the answer must lie between asking and today.</source>
        <translation>De datum van het antwoord moet tussen de vraag en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="259"/>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="127"/>
        <source>This case has no customer (yet).</source>
        <translation>Dit verzoek heeft (nog) geen klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="269"/>
        <source>Restriction is not one of the rights this case invokes.</source>
        <translation>Beperking is niet een van de rechten die in dit verzoek worden ingeroepen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="273"/>
        <source>Processing of this customer is restricted already.</source>
        <translation>De verwerking van deze klant is al beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="286"/>
        <source>Record how and when the person was told before lifting.</source>
        <translation>Leg vast hoe en wanneer de persoon is ingelicht voordat u de beperking opheft.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="290"/>
        <source>Processing of this customer is not restricted.</source>
        <translation>De verwerking van deze klant is niet beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="299"/>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="318"/>
        <location filename="../../spaceoptics_desk/services/recipient_tasks.py" line="89"/>
        <source>Unknown outcome &apos;{value}&apos;. Valid outcomes: {valid}.</source>
        <translation>Onbekende uitkomst &apos;{value}&apos;. Geldige uitkomsten: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="325"/>
        <source>Check the person&apos;s identity first (access, erasure and portability need it).</source>
        <translation>Controleer eerst de identiteit van de persoon (nodig voor inzage, wissen en overdraagbaarheid).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="331"/>
        <source>A (partial) refusal needs its reasons.</source>
        <translation>Een (gedeeltelijke) weigering heeft redenen nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="334"/>
        <source>Tell the person of their right to complain to the Autoriteit Persoonsgegevens.</source>
        <translation>Wijs de persoon op het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="245"/>
        <location filename="../../spaceoptics_desk/services/consent.py" line="317"/>
        <source>Processing of this customer is restricted; consents cannot be changed now.</source>
        <translation>De verwerking van deze klant is beperkt; toestemmingen kunnen nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="257"/>
        <source>Read the standard wording out to the customer and confirm that you did.</source>
        <translation>Lees de standaardtekst voor aan de klant en bevestig dat u dat hebt gedaan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="323"/>
        <source>Soft opt-in needs an address obtained in a sale; this customer never ordered.</source>
        <translation>Soft opt-in vraagt een adres dat bij een verkoop is verkregen; deze klant heeft nooit besteld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/demo/shop.py" line="564"/>
        <source>The number of demo customers must be between 0 and {maximum}.</source>
        <translation>Het aantal demoklanten moet tussen 0 en {maximum} liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/demo/shop.py" line="572"/>
        <source>This database already holds customers; demo data needs an empty one.</source>
        <translation>Deze database bevat al klanten; demogegevens hebben een lege database nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="34"/>
        <source>Someone else changed this customer meanwhile. The details saved now are shown; what you typed is kept: check it and save again.</source>
        <translation>Iemand anders heeft deze klant intussen gewijzigd. De gegevens zoals ze nu zijn opgeslagen staan erin; wat u typte is bewaard: controleer het en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="46"/>
        <source>The field &apos;{field}&apos; may not be empty.</source>
        <translation>Het veld &apos;{field}&apos; mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="50"/>
        <source>The field &apos;{field}&apos; is too long.</source>
        <translation>Het veld &apos;{field}&apos; is te lang.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="53"/>
        <source>That is not a valid e-mail address.</source>
        <translation>Dat is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="58"/>
        <source>That is not a valid telephone number.</source>
        <translation>Dat is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="61"/>
        <source>That is a landline number; enter it as the phone number.</source>
        <translation>Dat is een vast nummer; vul het in als telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="67"/>
        <source>A house number is a number, like 151; put a letter in the addition.</source>
        <translation>Een huisnummer is een getal, zoals 151; zet een letter in de toevoeging.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="72"/>
        <source>A Dutch postcode looks like 4021 HR.</source>
        <translation>Een Nederlandse postcode ziet eruit als 4021 HR.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="100"/>
        <source>That case is not an open case of this customer.</source>
        <translation>Dat verzoek is geen openstaand verzoek van deze klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="104"/>
        <source>Processing of this customer is restricted; correct the data within a case.</source>
        <translation>De verwerking van deze klant is beperkt; corrigeer de gegevens binnen een verzoek.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="118"/>
        <source>This address no longer exists.</source>
        <translation>Dit adres bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="122"/>
        <source>The field &apos;{field}&apos; cannot be corrected here.</source>
        <translation>Het veld &apos;{field}&apos; kan hier niet worden gecorrigeerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="46"/>
        <source>There is no active staff member &apos;{username}&apos;.</source>
        <translation>Er is geen actieve medewerker &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="91"/>
        <source>The sign-in name &apos;{username}&apos; is taken.</source>
        <translation>De aanmeldnaam &apos;{username}&apos; is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="128"/>
        <source>You cannot deactivate yourself; another owner can.</source>
        <translation>U kunt uzelf niet deactiveren; een andere eigenaar kan dat.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="154"/>
        <source>The shop needs an owner: make someone else owner first.</source>
        <translation>De winkel heeft een eigenaar nodig: maak eerst iemand anders eigenaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="160"/>
        <source>A role is owner or staff.</source>
        <translation>Een rol is eigenaar of medewerker (owner of staff).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="33"/>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="42"/>
        <source>{path} is not a SpaceOptics Desk database; it was left untouched.</source>
        <translation>{path} is geen SpaceOptics Desk-database; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="49"/>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>De database {path} is alleen-lezen. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="57"/>
        <source>The database is busy: another desk or program is writing to it. Nothing was saved; try again.</source>
        <translation>De database is bezet: een andere werkplek of een ander programma schrijft erin. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="67"/>
        <source>The disk that holds the database {path} is full. Nothing was saved; make room on it and try again.</source>
        <translation>De schijf met de database {path} is vol. Er is niets opgeslagen; maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="78"/>
        <source>The database {path} could not be read or written (a disk or network error). Nothing was saved; check the disk or the network connection and try again.</source>
        <translation>De database {path} kon niet worden gelezen of geschreven (een schijf- of netwerkfout). Er is niets opgeslagen; controleer de schijf of de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="89"/>
        <source>The database {path} is damaged and cannot be used; nothing was changed. Restore the newest backup, or ask whoever looks after this computer.</source>
        <translation>De database {path} is beschadigd en kan niet worden gebruikt; er is niets gewijzigd. Zet de nieuwste back-up terug, of vraag het aan wie deze computer beheert.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="100"/>
        <source>The database {path} was made by a newer version of SpaceOptics Desk. Install that version; this one will not change the file.</source>
        <translation>De database {path} is gemaakt door een nieuwere versie van SpaceOptics Desk. Installeer die versie; deze versie wijzigt het bestand niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="111"/>
        <source>The database {path} cannot be opened.</source>
        <translation>De database {path} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="117"/>
        <source>The database server {path} cannot be reached. Check that the server is on and that this computer is on its network, then try again; nothing was changed.</source>
        <translation>De databaseserver {path} is niet bereikbaar. Kijk of de server aanstaat en of deze computer op het netwerk zit, en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="130"/>
        <source>The database server {path} stopped this action because this computer did not answer for more than {seconds} seconds. Nothing of it was saved; try again.</source>
        <translation>De databaseserver {path} heeft deze handeling afgebroken, omdat deze computer meer dan {seconds} seconden niet antwoordde. Er is niets van opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="142"/>
        <source>The database server {path} refused the user name or password of the connection (or does not let this computer in). Check them with whoever set up the server.</source>
        <translation>De databaseserver {path} weigert de gebruikersnaam of het wachtwoord van de verbinding (of laat deze computer niet toe). Controleer ze samen met wie de server heeft ingericht.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="153"/>
        <source>The database server {path} did not let this connection rewrite the app&apos;s tables, so what was erased may still be readable in its files. The connection&apos;s role must own the app&apos;s tables (see the README); the clean-up is tried again at the next start.</source>
        <translation>De databaseserver {path} liet deze verbinding de tabellen van de app niet herschrijven, dus wat gewist is, kan nog leesbaar zijn in zijn bestanden. De rol van de verbinding moet eigenaar zijn van de tabellen van de app (zie de README); het opruimen wordt bij de volgende start opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="165"/>
        <source>{path} is not a kind of database this version can use; give the path of a database file.</source>
        <translation>{path} is geen soort database die deze versie kan gebruiken; geef het pad van een databasebestand.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="176"/>
        <source>The database {location} is on a server: back it up and restore it there with pg_dump and pg_restore (README, &quot;A PostgreSQL server&quot;); this app backs up database files only.</source>
        <translation>De database {location} staat op een server: maak daar de back-up en zet hem daar terug met pg_dump en pg_restore (README, &quot;A PostgreSQL server&quot;); deze app maakt alleen back-ups van databasebestanden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="191"/>
        <source>{path} is not a backup of a SpaceOptics Desk database. Nothing was restored; the database was left untouched.</source>
        <translation>{path} is geen reservekopie van een SpaceOptics Desk-database. Er is niets teruggezet; de database is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="202"/>
        <source>The backup {path} is damaged (its integrity check failed). Nothing was restored; the database was left untouched. Choose an older backup.</source>
        <translation>De reservekopie {path} is beschadigd (de controle op samenhang mislukte). Er is niets teruggezet; de database is niet aangeraakt. Kies een oudere reservekopie.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="213"/>
        <source>The backup {path} was made by a newer version of SpaceOptics Desk. Nothing was restored; the database was left untouched.</source>
        <translation>De reservekopie {path} is gemaakt met een nieuwere versie van SpaceOptics Desk. Er is niets teruggezet; de database is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="224"/>
        <source>The backup {path} is of another database than {database}. Nothing was restored; the database was left untouched. To bring it back beside this one, restore it to a new path (--db).</source>
        <translation>De reservekopie {path} is van een andere database dan {database}. Er is niets teruggezet; de database is niet aangeraakt. Wilt u hem naast deze terugzetten, zet hem dan terug op een nieuwe plek (--db).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="236"/>
        <source>The database {path} is open in another program (the app at a desk, a scheduled job). Close it there first; nothing was changed.</source>
        <translation>De database {path} is geopend in een ander programma (de app op een werkplek, een geplande taak). Sluit hem daar eerst; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="247"/>
        <source>The database {path} is damaged, so its own erasure journal cannot be read. Nothing was restored. Restore with --replace-damaged: the damaged file is then kept beside it (as .damaged-…) and the journal beside the backups is used.</source>
        <translation>De database {path} is beschadigd, dus het wislogboek erin is niet te lezen. Er is niets teruggezet. Zet terug met --replace-damaged: het beschadigde bestand blijft dan ernaast bewaard (als .damaged-…) en het wislogboek bij de reservekopieën wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="259"/>
        <source>No erasure journal of the database of {path} was found (beside the backup, or in {folder}): without it, people erased since the backup would come back. Nothing was restored. Put the erasure-journal-….jsonl of the backups folder beside the backup, or, only if nobody was erased since the backup was made, restore with --without-journal.</source>
        <translation>Er is geen wislogboek van de database van {path} gevonden (naast de reservekopie of in {folder}): zonder dat komen mensen die sinds de reservekopie zijn gewist terug. Er is niets teruggezet. Zet het bestand erasure-journal-….jsonl uit de map met reservekopieën naast de reservekopie, of zet terug met --without-journal, maar alleen als er sinds de reservekopie niemand is gewist.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="273"/>
        <source>The backup {path} is older than the erasure journal reaches back ({since}): people erased before then would come back. Nothing was restored; choose a newer backup.</source>
        <translation>De reservekopie {path} is ouder dan het wislogboek teruggaat ({since}): mensen die voor die tijd zijn gewist zouden terugkomen. Er is niets teruggezet; kies een nieuwere reservekopie.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="285"/>
        <source>A restore of the database {path} is running already; wait for it. Nothing was changed.</source>
        <translation>Er loopt al een herstel van de database {path}; wacht tot die klaar is. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="299"/>
        <source>The key file {path} of this encrypted database is missing, so no password can open it. Put back its copy from {copy}; nothing was changed.</source>
        <translation>Het sleutelbestand {path} van deze versleutelde database ontbreekt, dus geen wachtwoord kan hem openen. Zet de kopie uit {copy} terug; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="311"/>
        <source>The key file {path} of this database is damaged, so no password can open it. Put back its copy from {copy}; nothing was changed.</source>
        <translation>Het sleutelbestand {path} van deze database is beschadigd, dus geen wachtwoord kan hem openen. Zet de kopie uit {copy} terug; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="328"/>
        <source>The database {path} could not be opened with this key; nothing was changed.</source>
        <translation>De database {path} kon niet worden geopend met deze sleutel; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="337"/>
        <source>The database {path} is encrypted: sign in to open it. Nothing was changed.</source>
        <translation>De database {path} is versleuteld: meld u aan om hem te openen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="351"/>
        <source>The database {path} is not encrypted yet; it was left untouched.</source>
        <translation>De database {path} is nog niet versleuteld; hij is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="360"/>
        <source>There is no database at {path}, but its key file and backups are still there. Put the database back, or restore the latest backup from {folder} (spaceoptics-desk restore); nothing was changed.</source>
        <translation>Er staat geen database op {path}, maar het sleutelbestand en de back-ups zijn er nog. Zet de database terug of zet de laatste back-up uit {folder} terug (spaceoptics-desk restore); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/mailing_list.py" line="40"/>
        <source>&apos;{purpose}&apos; is not a marketing purpose that needs consent.</source>
        <translation>&apos;{purpose}&apos; is geen marketingdoel waarvoor toestemming nodig is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="98"/>
        <source>Only the owner exports the mailing list.</source>
        <translation>Alleen de eigenaar exporteert de mailinglijst.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/reports/fonts.py" line="29"/>
        <source>The font {font} was not found (looked in {folders}); install the DejaVu fonts (fonts-dejavu-core) or reinstall the app.</source>
        <translation>Het lettertype {font} is niet gevonden (gezocht in {folders}); installeer de DejaVu-lettertypen (fonts-dejavu-core) of installeer de app opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/reports/fonts.py" line="51"/>
        <source>The font file {font} cannot be read; reinstall the DejaVu fonts.</source>
        <translation>Het lettertypebestand {font} kan niet worden gelezen; installeer de DejaVu-lettertypen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/restore.py" line="130"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="51"/>
        <source>Case {case} is about another customer; the copy was not made.</source>
        <translation>Verzoek {case} gaat over een andere klant; de kopie is niet gemaakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="58"/>
        <source>Check the person&apos;s identity first and record it on case {case}: the copy holds all their data.</source>
        <translation>Controleer eerst de identiteit van de persoon en leg die vast in verzoek {case}: de kopie bevat al diens gegevens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="85"/>
        <source>This customer has an open request for a copy ({cases}): make the copy from the request, after its identity check.</source>
        <translation>Deze klant heeft een open verzoek om een kopie ({cases}): maak de kopie vanuit dat verzoek, na de identiteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/copies/__init__.py" line="118"/>
        <source>&apos;{language}&apos; is not a language of the copy; use nl or en.</source>
        <translation>&apos;{language}&apos; is geen taal voor de kopie; gebruik nl of en.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="116"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="86"/>
        <source>The customer has no e-mail address on file. Record it first (as a correction in this case), or hand the copy over another way.</source>
        <translation>Van de klant is geen e-mailadres bekend. Leg het eerst vast (als correctie in dit verzoek) of lever de kopie op een andere manier aan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="94"/>
        <source>The e-mail address on file is not one a copy can be sent to. Correct it first (as a correction in this case).</source>
        <translation>Naar het bekende e-mailadres kan geen kopie worden verzonden. Corrigeer het eerst (als correctie in dit verzoek).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="113"/>
        <source>Case {case} does not ask for a copy of the data (access or portability).</source>
        <translation>Verzoek {case} vraagt niet om een kopie van de gegevens (inzage of overdraagbaarheid).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="120"/>
        <source>Check the person&apos;s identity before sending them their data (record the check in the case).</source>
        <translation>Controleer de identiteit van de persoon voordat u de gegevens verzendt (leg de controle vast in het verzoek).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="146"/>
        <source>Choose the files of the copy to attach.</source>
        <translation>Kies de bestanden van de kopie die u wilt bijvoegen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="148"/>
        <source>Two attachments have the same file name.</source>
        <translation>Twee bijlagen hebben dezelfde bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="169"/>
        <source>The copy&apos;s PDF is missing from the attachments.</source>
        <translation>De PDF van de kopie ontbreekt bij de bijlagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="172"/>
        <source>The files are too large for e-mail (more than {megabytes} MB). Leave out the machine-readable files or hand the copy over another way.</source>
        <translation>De bestanden zijn te groot voor e-mail (meer dan {megabytes} MB). Laat de machineleesbare bestanden weg of lever de kopie op een andere manier aan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="135"/>
        <source>A {name} file cannot be attached: only PDF, JSON and CSV files can.</source>
        <translation>Een {name}-bestand kan niet worden bijgevoegd: alleen PDF-, JSON- en CSV-bestanden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="156"/>
        <source>The {name} file is no longer there. Create the copy again.</source>
        <translation>Het {name}-bestand is er niet meer. Maak de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="161"/>
        <source>The {name} file cannot be read: {reason}.</source>
        <translation>Het {name}-bestand kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="188"/>
        <source>The PDF file is not readable. Create the copy again.</source>
        <translation>Het PDF-bestand is niet leesbaar. Maak de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="192"/>
        <source>The PDF file is not encrypted. A copy is only sent as a PDF with a password.</source>
        <translation>Het PDF-bestand is niet versleuteld. Een kopie wordt alleen verstuurd als PDF met een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="230"/>
        <source>That is not the e-mail address on file. A copy only goes to the address on file; if the customer has a new address, record the change first (as a correction in this case).</source>
        <translation>Dat is niet het bekende e-mailadres. Een kopie gaat alleen naar het bekende adres; heeft de klant een nieuw adres, leg de wijziging dan eerst vast (als correctie in dit verzoek).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="239"/>
        <source>Unknown language &apos;{value}&apos;. Valid: {valid}.</source>
        <translation>Onbekende taal &apos;{value}&apos;. Geldig: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="246"/>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="66"/>
        <source>The sender is not a valid e-mail address.</source>
        <translation>De afzender is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/send_state.py" line="115"/>
        <source>This copy was sent on {on} already. Send it again only if the customer did not receive it, and confirm that it is a new send.</source>
        <translation>Deze kopie is al verzonden op {on}. Verzend hem alleen opnieuw als de klant hem niet heeft ontvangen, en bevestig dat het een nieuwe verzending is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/send_state.py" line="124"/>
        <source>This copy was saved as an e-mail draft on {on}. If that draft was sent, do not send it again; otherwise confirm that this is a new send.</source>
        <translation>Deze kopie is op {on} opgeslagen als e-mailconcept. Is dat concept verzonden, verzend de kopie dan niet opnieuw; bevestig anders dat dit een nieuwe verzending is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/send_state.py" line="132"/>
        <source>An attempt to send this copy on {on} ended without a clear outcome: it may have arrived. Ask the customer, then confirm that this is a new send if it did not.</source>
        <translation>Een poging om deze kopie op {on} te verzenden eindigde zonder duidelijke uitkomst: misschien is hij aangekomen. Vraag het de klant; is hij niet aangekomen, bevestig dan dat dit een nieuwe verzending is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/composing.py" line="279"/>
        <source>The customer&apos;s e-mail address changed after the copy was prepared. Prepare it again.</source>
        <translation>Het e-mailadres van de klant is gewijzigd nadat de kopie is voorbereid. Bereid de kopie opnieuw voor.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="39"/>
        <source>The connection to the mail server broke off while the message was being delivered. It may have arrived: ask the customer before sending it again.</source>
        <translation>De verbinding met de mailserver werd verbroken terwijl het bericht werd afgeleverd. Misschien is het aangekomen: vraag het de klant voordat u het opnieuw verzendt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="49"/>
        <source>The mail server refused the user name or password. Check them in the e-mail settings. Nothing was sent.</source>
        <translation>De mailserver weigerde de gebruikersnaam of het wachtwoord. Controleer ze in de e-mailinstellingen. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="58"/>
        <source>The mail server {host} does not offer STARTTLS. Choose SSL (usually port 465) in the e-mail settings. Nothing was sent.</source>
        <translation>De mailserver {host} biedt geen STARTTLS. Kies SSL (meestal poort 465) in de e-mailinstellingen. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="68"/>
        <source>The mail server {host} does not accept a login on this connection. Check the security setting and the port. Nothing was sent.</source>
        <translation>De mailserver {host} staat op deze verbinding geen inlog toe. Controleer de beveiliging en de poort. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="78"/>
        <source>The mail server refused the customer&apos;s e-mail address. Check the address on file with the customer. Nothing was sent.</source>
        <translation>De mailserver weigerde het e-mailadres van de klant. Controleer het bekende adres samen met de klant. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="87"/>
        <source>The mail server refused the sender address {sender}. Check the sender in the e-mail settings. Nothing was sent.</source>
        <translation>De mailserver weigerde het afzenderadres {sender}. Controleer de afzender in de e-mailinstellingen. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="97"/>
        <source>The mail server refused the message, for example because the files are too large. Nothing was sent.</source>
        <translation>De mailserver weigerde het bericht, bijvoorbeeld omdat de bestanden te groot zijn. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="106"/>
        <source>The certificate of the mail server {host} could not be verified, so the connection was not trusted. Check the server name. Nothing was sent.</source>
        <translation>Het certificaat van de mailserver {host} kon niet worden gecontroleerd, dus de verbinding is niet vertrouwd. Controleer de servernaam. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="116"/>
        <source>No secure connection to the mail server {host} could be made. Check the security setting and the port. Nothing was sent.</source>
        <translation>Er kon geen beveiligde verbinding met de mailserver {host} worden gemaakt. Controleer de beveiliging en de poort. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="126"/>
        <source>The mail server {host} was not found. Check the server name. Nothing was sent.</source>
        <translation>De mailserver {host} is niet gevonden. Controleer de servernaam. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="134"/>
        <source>The mail server {host} refused the connection on port {port}. Check the server name and the port in the e-mail settings. Nothing was sent.</source>
        <translation>De mailserver {host} weigerde de verbinding op poort {port}. Controleer de servernaam en de poort in de e-mailinstellingen. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="146"/>
        <source>The mail server {host} did not answer within {seconds} seconds. Try again later or check the settings. Nothing was sent.</source>
        <translation>De mailserver {host} antwoordde niet binnen {seconds} seconden. Probeer het later opnieuw of controleer de instellingen. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/smtp_transport.py" line="156"/>
        <source>The connection to the mail server {host} broke off before the message was sent. Nothing was sent; try again.</source>
        <translation>De verbinding met de mailserver {host} werd verbroken voordat het bericht was verzonden. Er is niets verzonden; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/sending.py" line="59"/>
        <source>Enter the password for the mail server.</source>
        <translation>Vul het wachtwoord voor de mailserver in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/sending.py" line="77"/>
        <source>The copy was sent, but the case could not record it. Do not send it again; the case shows the attempt with an unknown outcome.</source>
        <translation>De kopie is verzonden, maar het verzoek kon dat niet vastleggen. Verzend hem niet opnieuw; het verzoek toont de poging met een onbekende uitkomst.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/delivery/sending.py" line="108"/>
        <source>The case&apos;s record of this attempt is gone.</source>
        <translation>De registratie van deze poging in het verzoek is verdwenen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="45"/>
        <source>The folder {folder} is read-only. Choose another folder; nothing was saved.</source>
        <translation>De map {folder} is alleen-lezen. Kies een andere map; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="52"/>
        <source>The disk of {folder} is full. Make room or choose another folder; nothing was saved.</source>
        <translation>De schijf van {folder} is vol. Maak ruimte vrij of kies een andere map; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="59"/>
        <source>Could not save in {folder} ({reason}); nothing was saved.</source>
        <translation>Opslaan in {folder} is mislukt ({reason}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="91"/>
        <source>{name} is the database this app is working in (or one of its -wal and -shm files): saving there would destroy it. Choose another name or folder; nothing was saved.</source>
        <translation>{name} is de database waarin deze app werkt (of een van de bijbehorende -wal- en -shm-bestanden): opslaan daar zou hem vernietigen. Kies een andere naam of map; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/output_files.py" line="105"/>
        <source>{name} is not a name for a file of this app: give a name ending in .pdf, .csv, .json or .eml. Nothing was saved.</source>
        <translation>{name} is geen naam voor een bestand van deze app: geef een naam die eindigt op .pdf, .csv, .json of .eml. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/erasure.py" line="273"/>
        <source>Case {case} is not about this customer; nothing was erased.</source>
        <translation>Verzoek {case} gaat niet over deze klant; er is niets gewist.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/erasure.py" line="279"/>
        <source>Case {case} does not ask for erasure; add that right to the case first.</source>
        <translation>Verzoek {case} vraagt niet om wissen; voeg dat recht eerst toe aan het verzoek.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/erasure.py" line="287"/>
        <source>Check the person&apos;s identity first and record it on case {case}: an erasure cannot be undone.</source>
        <translation>Controleer eerst de identiteit van de persoon en leg die vast in verzoek {case}: wissen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/erasure.py" line="302"/>
        <source>This customer&apos;s data is under a legal hold (review on {date}); it cannot be erased until the hold is lifted. Tell the person why (R25).</source>
        <translation>Op de gegevens van deze klant rust een juridische blokkade (herbeoordelen op {date}); ze kunnen pas worden gewist als de blokkade is opgeheven. Vertel de persoon waarom (R25).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/erasure_preview.py" line="55"/>
        <source>This request has no customer (any more) to erase.</source>
        <translation>Dit verzoek heeft geen klant (meer) om te wissen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="95"/>
        <source>Only the owner changes the holiday table.</source>
        <translation>Alleen de eigenaar wijzigt de tabel met feestdagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/holidays.py" line="40"/>
        <source>Give the holiday a name.</source>
        <translation>Geef de feestdag een naam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/holidays.py" line="43"/>
        <source>A holiday name has at most {count} characters.</source>
        <translation>De naam van een feestdag heeft hoogstens {count} tekens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/holidays.py" line="47"/>
        <source>{day} is a holiday already.</source>
        <translation>{day} is al een feestdag.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/holidays.py" line="55"/>
        <source>{day} is not in the holiday table.</source>
        <translation>{day} staat niet in de tabel met feestdagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/recipient_tasks.py" line="96"/>
        <source>Say why telling this recipient is impossible or disproportionate.</source>
        <translation>Geef aan waarom het inlichten van deze ontvanger onmogelijk is of onevenredig veel moeite kost.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/recipient_tasks.py" line="100"/>
        <source>There is no recipient task {task}.</source>
        <translation>Er is geen ontvangertaak {task}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/recipient_tasks.py" line="105"/>
        <source>This recipient task was closed already, by someone else maybe.</source>
        <translation>Deze ontvangertaak is al afgesloten, misschien door iemand anders.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/recipient_tasks.py" line="177"/>
        <source>Tell the recipients first: {count} recipient task(s) of this case are open.</source>
        <translation>Licht eerst de ontvangers in: {count} ontvangertaak(en) van dit verzoek staan nog open.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="86"/>
        <source>&apos;{key}&apos; is not a candidate of the review.</source>
        <translation>&apos;{key}&apos; is geen kandidaat van de bewaarcontrole.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="108"/>
        <source>A review is done for today; {day} lies in the future.</source>
        <translation>Een controle geldt voor vandaag; {day} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="89"/>
        <source>Only the owner decides on the retention review.</source>
        <translation>Alleen de eigenaar beslist over de bewaarcontrole.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="147"/>
        <source>Candidate {key} is not due (any more); nothing was changed.</source>
        <translation>Kandidaat {key} mag niet (meer) weg; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="161"/>
        <source>Say why the deletion is postponed.</source>
        <translation>Geef aan waarom de verwijdering wordt uitgesteld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="163"/>
        <source>Postpone to a date after today.</source>
        <translation>Stel uit tot een datum na vandaag.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="166"/>
        <source>A deletion is postponed by at most a year: give a date until {day} at the latest.</source>
        <translation>Verwijderen wordt hoogstens een jaar uitgesteld: geef een datum tot uiterlijk {day}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="205"/>
        <source>A legal hold needs a reason and a case reference.</source>
        <translation>Een juridische blokkade heeft een reden en een dossiernummer nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="208"/>
        <source>A legal hold needs a review date after today.</source>
        <translation>Een juridische blokkade heeft een herbeoordelingsdatum na vandaag nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="211"/>
        <source>A legal hold is reviewed at most a year ahead: give a review date until {day} at the latest.</source>
        <translation>Een juridische blokkade wordt uiterlijk na een jaar opnieuw bekeken: geef een herbeoordelingsdatum tot uiterlijk {day}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="221"/>
        <source>This record belongs to no customer; postpone it instead of a hold.</source>
        <translation>Dit record hoort bij geen klant; stel het uit in plaats van een blokkade in te stellen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_review.py" line="459"/>
        <source>There is no deletion run {run}.</source>
        <translation>Er is geen verwijderronde {run}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="92"/>
        <source>Only the owner changes the retention rules.</source>
        <translation>Alleen de eigenaar wijzigt de bewaarregels.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="109"/>
        <source>Say why the retention rule is changed.</source>
        <translation>Geef aan waarom de bewaarregel wordt gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="112"/>
        <source>There is no retention rule &apos;{rule}&apos;.</source>
        <translation>Er is geen bewaarregel &apos;{rule}&apos;.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="119"/>
        <source>The fraud rule has no period: its data is kept until the legal hold&apos;s review date. Set the review date on the hold instead.</source>
        <translation>De regel voor fraudegegevens heeft geen termijn: die gegevens worden bewaard tot de herbeoordelingsdatum van de juridische blokkade. Stel in plaats daarvan de herbeoordelingsdatum bij de blokkade in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="126"/>
        <source>A retention period must be at least 1 month; {months} would delete records as soon as they are made. Give the number of months the data is kept.</source>
        <translation>Een bewaartermijn is minstens 1 maand; bij {months} zouden records worden verwijderd zodra ze zijn gemaakt. Geef het aantal maanden dat de gegevens worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="136"/>
        <source>Tax law keeps orders, invoices and payments at least {months} months from the end of their year (AWR 52); a shorter period is not allowed.</source>
        <translation>De belastingwet bewaart bestellingen, facturen en betalingen ten minste {months} maanden na het einde van hun jaar (AWR 52); een kortere termijn kan niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="145"/>
        <source>A retention period is at most {months} months.</source>
        <translation>Een bewaartermijn is hoogstens {months} maanden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="154"/>
        <source>Rule &apos;{rule}&apos; can only {valid}.</source>
        <translation>Regel &apos;{rule}&apos; kan alleen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_rules.py" line="163"/>
        <source>A rule that asks for a review cannot run automatically.</source>
        <translation>Een regel die om een herbeoordeling vraagt, kan niet automatisch worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="47"/>
        <source>Enter the name of the mail server.</source>
        <translation>Vul de naam van de mailserver in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="50"/>
        <source>Unknown security &apos;{value}&apos;. Valid: {valid}.</source>
        <translation>Onbekende beveiliging &apos;{value}&apos;. Geldig: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="57"/>
        <source>A mail server on another computer needs STARTTLS or SSL; an unencrypted connection is only allowed to this computer.</source>
        <translation>Een mailserver op een andere computer vereist STARTTLS of SSL; een onversleutelde verbinding mag alleen met deze computer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="64"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>De poort moet een getal van 1 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/smtp_settings.py" line="69"/>
        <source>The waiting time must lie between 1 and 600 seconds.</source>
        <translation>De wachttijd moet tussen 1 en 600 seconden liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/copies.py" line="241"/>
        <source>The folder {folder} could not be made ({reason}); choose another folder.</source>
        <translation>De map {folder} kon niet worden gemaakt ({reason}); kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/typed_input.py" line="36"/>
        <source>The field &apos;{field}&apos; contains a character that cannot be stored (a control character, {code}); remove it and try again.</source>
        <translation>Het veld &apos;{field}&apos; bevat een teken dat niet kan worden opgeslagen (een stuurteken, {code}); haal het weg en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/typed_input.py" line="51"/>
        <source>The date {day} ({field}) is not one this app can mean; give a date from {earliest} to {latest}.</source>
        <translation>De datum {day} ({field}) kan hier niet bedoeld zijn; geef een datum van {earliest} tot en met {latest}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/typed_input.py" line="68"/>
        <source>&apos;{field}&apos; cannot be {value}; give a number of at least {minimum}.</source>
        <translation>&apos;{field}&apos; kan niet {value} zijn; geef een getal van minstens {minimum}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="69"/>
        <source>Only the shop&apos;s staff can do this.</source>
        <translation>Alleen medewerkers van de winkel kunnen dit doen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="78"/>
        <source>Only the owner can erase a customer.</source>
        <translation>Alleen de eigenaar kan een klant wissen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="85"/>
        <source>Only the owner sets the mail server customers&apos; data goes out by.</source>
        <translation>Alleen de eigenaar stelt de mailserver in waarlangs de gegevens van klanten verstuurd worden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="102"/>
        <source>Only the owner can restore a backup.</source>
        <translation>Alleen de eigenaar kan een back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="107"/>
        <source>Only the owner adds staff, changes their role or sets their password.</source>
        <translation>Alleen de eigenaar voegt medewerkers toe, wijzigt hun rol of stelt hun wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="113"/>
        <source>Only the owner can check the audit log.</source>
        <translation>Alleen de eigenaar kan de auditlog controleren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="116"/>
        <source>Only the owner can import customers and orders.</source>
        <translation>Alleen de eigenaar kan klanten en bestellingen importeren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="121"/>
        <source>Only the owner sets up the webshop connection.</source>
        <translation>Alleen de eigenaar stelt de webshopkoppeling in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="124"/>
        <source>Only the owner can move the database to a server.</source>
        <translation>Alleen de eigenaar kan de database naar een server verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/permissions.py" line="81"/>
        <source>Only the owner can make, save or send a copy of a customer&apos;s data.</source>
        <translation>Alleen de eigenaar kan een kopie van de gegevens van een klant maken, opslaan of verzenden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/erasure_journal.py" line="119"/>
        <source>The erasure journal {path} is damaged (line {line} is not an entry). Nothing was restored; keep the file for inspection.</source>
        <translation>Het wislogboek {path} is beschadigd (regel {line} is geen vermelding). Er is niets teruggezet; bewaar het bestand zodat het bekeken kan worden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/backups.py" line="144"/>
        <source>The backups folder {folder} cannot be written ({reason}). Nothing was backed up.</source>
        <translation>In de map met back-ups {folder} kan niet worden geschreven ({reason}). Er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/backups.py" line="154"/>
        <source>The backups folder {folder} cannot be written (read-only). Nothing was backed up; check the folder&apos;s permissions and the disk.</source>
        <translation>In de map met back-ups {folder} kan niet worden geschreven (alleen-lezen). Er is geen back-up gemaakt; controleer de rechten van de map en de schijf.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/backups.py" line="165"/>
        <source>The disk of the backups folder {folder} is full. Nothing was backed up; make room on it and try again.</source>
        <translation>De schijf van de map met back-ups {folder} is vol. Er is geen back-up gemaakt; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="78"/>
        <source>No new password given: use --new-password-file FILE, set SPACEOPTICS_DESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>Geen nieuw wachtwoord opgegeven: gebruik --new-password-file BESTAND, stel SPACEOPTICS_DESK_NEW_PASSWORD in of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="101"/>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>De twee nieuwe wachtwoorden verschillen; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="108"/>
        <source>No password given: use --password-file FILE, set SPACEOPTICS_DESK_PASSWORD or run the command in a terminal.</source>
        <translation>Geen wachtwoord opgegeven: gebruik --password-file BESTAND, stel SPACEOPTICS_DESK_PASSWORD in of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="124"/>
        <source>No recovery key given: use --recovery-key-file FILE or run the command in a terminal.</source>
        <translation>Geen herstelsleutel opgegeven: gebruik --recovery-key-file BESTAND of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="137"/>
        <source>{path} can be read by others, so it cannot hold a password: make it readable by you only (chmod 600).</source>
        <translation>{path} is leesbaar voor anderen, dus er kan geen wachtwoord in staan: maak het alleen voor uzelf leesbaar (chmod 600).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="147"/>
        <source>The password file {path} cannot be read: {reason}.</source>
        <translation>Het wachtwoordbestand {path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/cli/passwords.py" line="155"/>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Het wachtwoordbestand {path} is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/sign_in.py" line="40"/>
        <source>Type a password.</source>
        <translation>Typ een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/sign_in.py" line="42"/>
        <source>A password needs at least 8 characters.</source>
        <translation>Een wachtwoord heeft minstens 8 tekens nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/sign_in.py" line="44"/>
        <source>A password can have at most 1024 characters.</source>
        <translation>Een wachtwoord kan hoogstens 1024 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/sign_in.py" line="46"/>
        <source>A password cannot begin or end with a space.</source>
        <translation>Een wachtwoord kan niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/staff.py" line="46"/>
        <source>A sign-in name has 2 to 40 small letters, digits, dots, dashes or underscores and begins with a letter.</source>
        <translation>Een aanmeldnaam heeft 2 tot 40 kleine letters, cijfers, punten, streepjes of liggende streepjes en begint met een letter.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/staff.py" line="56"/>
        <source>Type the staff member&apos;s name.</source>
        <translation>Typ de naam van de medewerker.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/staff.py" line="58"/>
        <source>A name can have at most 100 characters.</source>
        <translation>Een naam kan hoogstens 100 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/domain/staff.py" line="64"/>
        <source>The idle time before locking is 1 to 240 minutes.</source>
        <translation>De tijd zonder gebruik voor het vergrendelen is 1 tot 240 minuten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/opening.py" line="81"/>
        <source>Nobody can sign in to the database {location} yet: its owner makes it ready once, with the app&apos;s first start or `spaceoptics-desk move-to-server`.</source>
        <translation>Nog niemand kan inloggen op de database {location}: de eigenaar maakt hem eenmalig klaar, bij de eerste start van de app of met `spaceoptics-desk move-to-server`.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/opening.py" line="92"/>
        <source>The database {path} is not encrypted yet, so nobody can sign in to it: its owner encrypts it once with `spaceoptics-desk encrypt --by OWNER` or by opening it in the app.</source>
        <translation>De database {path} is nog niet versleuteld, dus niemand kan zich erin aanmelden: de eigenaar versleutelt hem eenmalig met `spaceoptics-desk encrypt --by EIGENAAR` of door hem in de app te openen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/opening.py" line="115"/>
        <source>The database {path} is encrypted already.</source>
        <translation>De database {path} is al versleuteld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/server_sign_in.py" line="160"/>
        <location filename="../../spaceoptics_desk/operations/signing_in.py" line="115"/>
        <source>The recovery key sets an owner&apos;s password; staff ask the owner.</source>
        <translation>De herstelsleutel stelt het wachtwoord van een eigenaar in; medewerkers vragen het de eigenaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/signing_in.py" line="146"/>
        <source>There is a database at {path} already.</source>
        <translation>Er staat al een database op {path}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/server_sign_in.py" line="205"/>
        <source>This database has its staff already: sign in with your own password.</source>
        <translation>Deze database heeft al medewerkers: log in met uw eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/signing_in.py" line="192"/>
        <source>Only an owner can encrypt the database.</source>
        <translation>Alleen een eigenaar kan de database versleutelen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/signing_in.py" line="219"/>
        <source>Another desk is encrypting this database or has just done so: sign in there.</source>
        <translation>Een andere balie versleutelt deze database of heeft dat net gedaan: meld u daar aan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/staff.py" line="162"/>
        <source>This database is not encrypted yet, so it has no passwords.</source>
        <translation>Deze database is nog niet versleuteld, dus hij heeft geen wachtwoorden.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/signing_in.py" line="30"/>
        <source>The name or the password is not right.</source>
        <translation>De naam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/server_sign_in.py" line="125"/>
        <location filename="../../spaceoptics_desk/services/signing_in.py" line="51"/>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/signing_in.py" line="31"/>
        <source>That is not a recovery key: it has 30 letters and digits, in groups of 5.</source>
        <translation>Dat is geen herstelsleutel: die heeft 30 letters en cijfers, in groepjes van 5.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/server_sign_in.py" line="155"/>
        <location filename="../../spaceoptics_desk/services/signing_in.py" line="82"/>
        <source>That recovery key is not right.</source>
        <translation>Die herstelsleutel klopt niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/server_passwords.py" line="154"/>
        <location filename="../../spaceoptics_desk/services/signing_in.py" line="95"/>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Te veel verkeerde wachtwoorden. Probeer het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/sync.py" line="105"/>
        <source>Enter the key and the secret of the shop&apos;s API.</source>
        <translation>Vul de key en het secret van de API van de webshop in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/sync.py" line="144"/>
        <source>No webshop connection is set up yet (the owner sets it up once).</source>
        <translation>Er is nog geen webshopkoppeling ingesteld (de eigenaar stelt die één keer in).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/sync.py" line="150"/>
        <source>No API key is kept for this shop; set up the connection.</source>
        <translation>Voor deze webshop is geen API-sleutel bewaard; stel de koppeling in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/mappings.py" line="26"/>
        <source>There is no column mapping named &apos;{name}&apos;.</source>
        <translation>Er is geen kolomindeling met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/mappings.py" line="34"/>
        <source>Give the mapping a name of at most 60 characters.</source>
        <translation>Geef de indeling een naam van hoogstens 60 tekens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/__init__.py" line="58"/>
        <source>The file&apos;s columns are not those of a {format} export. Choose the export it comes from, or a column mapping.</source>
        <translation>De kolommen van het bestand zijn niet die van een export {format}. Kies de export waar het vandaan komt, of een kolomindeling.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/__init__.py" line="63"/>
        <source>Choose a column mapping to import this file with.</source>
        <translation>Kies een kolomindeling om dit bestand mee te importeren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="52"/>
        <source>The file cannot be opened: it is not there, it is a folder, or you may not read it.</source>
        <translation>Het bestand kan niet worden geopend: het bestaat niet, het is een map, of u mag het niet lezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="55"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Het bestand is leeg: er is niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="56"/>
        <source>The file is not a table that can be imported (a CSV file with a header row). Export it again from the webshop as CSV.</source>
        <translation>Het bestand is geen tabel die kan worden geïmporteerd (een CSV-bestand met een kopregel). Exporteer het opnieuw uit de webshop als CSV.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="61"/>
        <source>The file&apos;s text changes its character encoding at row {row}. Save it again as one CSV file (UTF-8) and import it again; nothing was imported.</source>
        <translation>De tekst van het bestand wisselt bij rij {row} van tekencodering. Sla het opnieuw op als één CSV-bestand (UTF-8) en importeer het opnieuw; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="66"/>
        <source>The file&apos;s columns match no webshop export the app knows. Choose a column mapping for it.</source>
        <translation>De kolommen van het bestand passen bij geen webshopexport die de app kent. Kies er een kolomindeling voor.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/csv_table.py" line="71"/>
        <source>The file cannot be read as a table from row {row} on (a quote that is never closed, a binary part or a line that is far too long). Export it again from the webshop as CSV; nothing was imported.</source>
        <translation>Het bestand is vanaf rij {row} niet als tabel te lezen (een aanhalingsteken dat nooit wordt gesloten, een binair stuk of een veel te lange regel). Exporteer het opnieuw uit de webshop als CSV; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="108"/>
        <source>Give the column mapping a name, so it can be chosen again next time.</source>
        <translation>Geef de kolomindeling een naam, zodat die de volgende keer weer te kiezen is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="111"/>
        <source>A column mapping needs a column that says who a row is about: the e-mail address, the customer number in the webshop or the name.</source>
        <translation>Een kolomindeling heeft een kolom nodig die zegt over wie een rij gaat: het e-mailadres, het klantnummer in de webshop of de naam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="116"/>
        <source>A column mapping with order columns needs the order number, the order date and the order&apos;s total.</source>
        <translation>Een kolomindeling met bestelkolommen heeft het bestelnummer, de besteldatum en het totaalbedrag van de bestelling nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="120"/>
        <source>Two columns are mapped to the same field ({target}); keep one of them.</source>
        <translation>Twee kolommen zijn aan hetzelfde veld gekoppeld ({target}); houd er één van over.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="123"/>
        <source>Map the street either with its house number in one column, or street and house number apart, not both.</source>
        <translation>Koppel de straat óf met huisnummer in één kolom, óf straat en huisnummer apart, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="127"/>
        <source>The file has no column &apos;{column}&apos;, which the column mapping &apos;{mapping}&apos; uses. Choose another mapping or adjust this one.</source>
        <translation>Het bestand heeft geen kolom &apos;{column}&apos;, die de kolomindeling &apos;{mapping}&apos; gebruikt. Kies een andere indeling of pas deze aan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/readers/mapped_csv.py" line="132"/>
        <source>The saved column mapping cannot be read; make it again.</source>
        <translation>De opgeslagen kolomindeling is niet te lezen; maak haar opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="117"/>
        <source>The shop&apos;s address must start with https:// ({host}): customer data may not cross the internet unencrypted. Only an address on this computer may use http://.</source>
        <translation>Het adres van de webshop moet met https:// beginnen ({host}): klantgegevens mogen niet onversleuteld over internet. Alleen een adres op deze computer mag http:// gebruiken.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="217"/>
        <source>The shop {host} refused the API key: the key or secret is wrong, or the key has no read rights. Make a new key with Read access in WooCommerce (Settings, Advanced, REST API).</source>
        <translation>De webshop {host} weigerde de API-sleutel: de key of het secret klopt niet, of de sleutel heeft geen leesrechten. Maak in WooCommerce een nieuwe sleutel met leesrechten (Instellingen, Geavanceerd, REST API).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="229"/>
        <source>There is no WooCommerce REST API at {address}. Check the shop&apos;s address, and that WordPress&apos;s permalinks are not set to &apos;Plain&apos;.</source>
        <translation>Op {address} is geen WooCommerce REST API. Controleer het adres van de webshop, en dat de permalinks van WordPress niet op &apos;Eenvoudig&apos; staan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="241"/>
        <source>The shop {host} kept asking to wait (too many requests). Try again later; nothing was skipped.</source>
        <translation>De webshop {host} bleef vragen om te wachten (te veel verzoeken). Probeer het later opnieuw; er is niets overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="255"/>
        <source>The shop {host} has a problem of its own (HTTP {status}) and kept failing. Try again later; nothing was skipped.</source>
        <translation>De webshop {host} heeft zelf een probleem (HTTP {status}) en bleef fouten geven. Probeer het later opnieuw; er is niets overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="268"/>
        <source>The shop {host} answered with HTTP {status}, which the app does not expect. Check that WooCommerce is up to date.</source>
        <translation>De webshop {host} antwoordde met HTTP {status}, wat de app niet verwacht. Controleer of WooCommerce bijgewerkt is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="316"/>
        <source>The shop {host} sent the app on to another address ({elsewhere}). The API key is not sent there: enter the address the shop really lives at.</source>
        <translation>De webshop {host} stuurde de app door naar een ander adres ({elsewhere}). De API-sleutel wordt daar niet heen gestuurd: vul het adres in waar de webshop echt staat.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="328"/>
        <source>The shop {host} keeps redirecting the app; nothing was read.</source>
        <translation>De webshop {host} blijft de app doorsturen; er is niets gelezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="357"/>
        <source>The certificate of {host} could not be verified ({detail}), so the connection was not trusted. Nothing was read.</source>
        <translation>Het certificaat van {host} kon niet worden gecontroleerd ({detail}), dus de verbinding is niet vertrouwd. Er is niets gelezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="368"/>
        <source>No secure connection to {host} could be made. Nothing was read.</source>
        <translation>Er kon geen beveiligde verbinding met {host} worden gemaakt. Er is niets gelezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="376"/>
        <source>The shop {host} did not answer within {seconds} seconds. Try again later; nothing was skipped.</source>
        <translation>De webshop {host} antwoordde niet binnen {seconds} seconden. Probeer het later opnieuw; er is niets overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="387"/>
        <source>The shop {host} could not be reached, or broke off the connection. Check the address and the internet connection.</source>
        <translation>De webshop {host} was niet bereikbaar, of verbrak de verbinding. Controleer het adres en de internetverbinding.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="401"/>
        <source>The shop {host} sent a page far larger than expected; it was not read.</source>
        <translation>De webshop {host} stuurde een pagina die veel groter is dan verwacht; die is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="412"/>
        <source>The shop {host} sent a page that is not JSON (perhaps a plugin&apos;s error page). Nothing of it was used.</source>
        <translation>De webshop {host} stuurde een pagina die geen JSON is (misschien de foutpagina van een plug-in). Er is niets van gebruikt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="423"/>
        <source>The shop {host} sent a page that is not a list of records. Nothing of it was used.</source>
        <translation>De webshop {host} stuurde een pagina die geen lijst met records is. Er is niets van gebruikt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/client.py" line="441"/>
        <source>This is not a web address of a shop (such as https://www.example.nl).</source>
        <translation>Dit is geen webadres van een webshop (zoals https://www.example.nl).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/credentials.py" line="97"/>
        <source>Set both {key} and {secret}, or neither; only one of them is set.</source>
        <translation>Stel zowel {key} als {secret} in, of geen van beide; nu is er maar één ingesteld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/credentials.py" line="138"/>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/credentials.py" line="159"/>
        <source>The stored WooCommerce API key is damaged; enter it again.</source>
        <translation>De bewaarde WooCommerce-API-sleutel is beschadigd; vul hem opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/credentials.py" line="147"/>
        <source>The file {file} with the shop&apos;s API key can be read by other users, so it is not used. Revoke the key in WooCommerce, delete the file and enter a new key.</source>
        <translation>Het bestand {file} met de API-sleutel van de webshop is leesbaar voor andere gebruikers en wordt daarom niet gebruikt. Trek de sleutel in WooCommerce in, verwijder het bestand en vul een nieuwe sleutel in.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/imports/woocommerce/sync.py" line="292"/>
        <source>The shop {host} changed faster than the app could read it. Try again later; nothing was skipped.</source>
        <translation>De webshop {host} veranderde sneller dan de app kon lezen. Probeer het later opnieuw; er is niets overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/moving.py" line="56"/>
        <source>This database is on a server already.</source>
        <translation>Deze database staat al op een server.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/moving.py" line="59"/>
        <source>Give the server&apos;s database as postgresql://USER@HOST/DATABASE.</source>
        <translation>Geef de database op de server op als postgresql://GEBRUIKER@SERVER/DATABASE.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/moving.py" line="91"/>
        <source>The database {location} holds a shop&apos;s data already: a database moves only into an empty one. Nothing was copied.</source>
        <translation>De database {location} bevat al gegevens van een winkel: een database verplaatst alleen naar een lege. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/moving.py" line="128"/>
        <source>Another desk has just moved a database into {location}. Nothing was copied.</source>
        <translation>Een andere computer heeft zojuist een database naar {location} verplaatst. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/operations/moving.py" line="152"/>
        <source>The server&apos;s copy does not have the same number of rows as the file ({tables}): nothing was kept on the server; the file is as it was.</source>
        <translation>De kopie op de server heeft niet evenveel rijen als het bestand ({tables}): er is niets op de server bewaard; het bestand is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/errors.py" line="76"/>
        <source>Someone else changed this meanwhile; nothing of yours was saved. Open it again to see the change.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd; er is niets van u opgeslagen. Open het opnieuw om de wijziging te zien.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="12"/>
        <source>WooCommerce orders (order export plugin)</source>
        <translation>WooCommerce-bestellingen (plug-in voor orderexport)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="13"/>
        <source>WooCommerce customers (Analytics export)</source>
        <translation>WooCommerce-klanten (export uit Analytics)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="14"/>
        <source>Shopify customers</source>
        <translation>Shopify-klanten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="15"/>
        <source>Shopify orders</source>
        <translation>Shopify-bestellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="16"/>
        <source>Lightspeed eCom customers</source>
        <translation>Lightspeed eCom-klanten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="17"/>
        <source>your own column mapping</source>
        <translation>uw eigen kolomindeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="18"/>
        <source>the WooCommerce shop (REST API)</source>
        <translation>de WooCommerce-webshop (REST API)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="22"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="23"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="24"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="25"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="26"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="27"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="32"/>
        <source>erased before (GDPR art. 17)</source>
        <translation>eerder gewist (AVG art. 17)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="33"/>
        <source>on the never-mail-again list (objection, R18)</source>
        <translation>op de lijst &apos;nooit meer mailen&apos; (bezwaar, R18)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="34"/>
        <source>processing restricted (GDPR art. 18)</source>
        <translation>verwerking beperkt (AVG art. 18)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="35"/>
        <source>under a legal hold</source>
        <translation>bewaarplicht (juridische blokkade)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="36"/>
        <source>the e-mail address belongs to several customers</source>
        <translation>e-mailadres hoort bij meerdere klanten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="37"/>
        <source>no customer number and no e-mail address</source>
        <translation>geen klantnummer en geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="38"/>
        <source>a value the app&apos;s own checks refuse</source>
        <translation>waarde afgekeurd door de controle van de app</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="39"/>
        <source>the same order number with other contents</source>
        <translation>hetzelfde bestelnummer met andere inhoud</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="40"/>
        <source>not a CSV file</source>
        <translation>geen CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="41"/>
        <source>empty file</source>
        <translation>leeg bestand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="42"/>
        <source>the character encoding changes</source>
        <translation>tekencodering wisselt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="43"/>
        <source>unknown format</source>
        <translation>onbekend formaat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="44"/>
        <source>a required field is empty</source>
        <translation>verplicht veld leeg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="45"/>
        <source>cell too long</source>
        <translation>cel te lang</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="46"/>
        <source>a formula in a cell</source>
        <translation>formule in een cel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="47"/>
        <source>invalid e-mail address</source>
        <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="48"/>
        <source>invalid phone number</source>
        <translation>ongeldig telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="49"/>
        <source>invalid postcode</source>
        <translation>ongeldige postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="50"/>
        <source>unknown country</source>
        <translation>onbekend land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="51"/>
        <source>invalid house number</source>
        <translation>ongeldig huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="52"/>
        <source>invalid date</source>
        <translation>ongeldige datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="53"/>
        <source>invalid amount</source>
        <translation>ongeldig bedrag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="54"/>
        <source>invalid quantity</source>
        <translation>ongeldig aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="55"/>
        <source>unknown order status</source>
        <translation>onbekende bestelstatus</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="56"/>
        <source>neither yes nor no</source>
        <translation>ja noch nee</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="57"/>
        <source>an order of an unknown customer</source>
        <translation>bestelling van een onbekende klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="58"/>
        <source>a record not in the documented shape</source>
        <translation>record niet in de gedocumenteerde vorm</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="62"/>
        <source>newsletter consent given</source>
        <translation>toestemming voor de nieuwsbrief gegeven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="63"/>
        <source>newsletter consent withdrawn</source>
        <translation>toestemming voor de nieuwsbrief ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="64"/>
        <source>newsletter by soft opt-in</source>
        <translation>nieuwsbrief via soft opt-in</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="69"/>
        <source>do not import</source>
        <translation>niet overnemen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="70"/>
        <source>customer number in the webshop</source>
        <translation>klantnummer in de webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="71"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="72"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="73"/>
        <source>name prefix (van, de)</source>
        <translation>tussenvoegsel (van, de)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="74"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="75"/>
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="76"/>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="77"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="78"/>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="79"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="80"/>
        <source>street and house number</source>
        <translation>straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="81"/>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="82"/>
        <source>house number addition</source>
        <translation>huisnummertoevoeging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="83"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="84"/>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="85"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="86"/>
        <source>VAT number</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="87"/>
        <source>Chamber of Commerce number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="88"/>
        <source>customer since</source>
        <translation>klant sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="89"/>
        <source>newsletter consent (yes/no)</source>
        <translation>toestemming nieuwsbrief (ja/nee)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="90"/>
        <source>order number</source>
        <translation>bestelnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="91"/>
        <source>order date</source>
        <translation>besteldatum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="92"/>
        <source>order status</source>
        <translation>bestelstatus</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="93"/>
        <source>order total</source>
        <translation>totaalbedrag bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="94"/>
        <source>product code (SKU)</source>
        <translation>artikelnummer (SKU)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="95"/>
        <source>product description</source>
        <translation>productomschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="96"/>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="97"/>
        <source>unit price</source>
        <translation>stukprijs</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="103"/>
        <source>the shop&apos;s address is not valid</source>
        <translation>het adres van de webshop is ongeldig</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="104"/>
        <source>the shop&apos;s address is not https://</source>
        <translation>het adres van de webshop begint niet met https://</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="105"/>
        <source>the shop refused the API key</source>
        <translation>de webshop weigerde de API-sleutel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="106"/>
        <source>no WooCommerce API at the shop&apos;s address</source>
        <translation>geen WooCommerce-API op het adres van de webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="107"/>
        <source>the shop redirected to another address</source>
        <translation>de webshop stuurde door naar een ander adres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="108"/>
        <source>the shop&apos;s certificate could not be verified</source>
        <translation>het certificaat van de webshop kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="109"/>
        <source>no secure connection to the shop</source>
        <translation>geen beveiligde verbinding met de webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="110"/>
        <source>the shop did not answer in time</source>
        <translation>de webshop antwoordde niet op tijd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="111"/>
        <source>the shop could not be reached</source>
        <translation>de webshop was niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="112"/>
        <source>the shop asked to wait (too many requests)</source>
        <translation>de webshop vroeg om te wachten (te veel verzoeken)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="113"/>
        <source>the shop had a server error</source>
        <translation>de webshop had een serverfout</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="114"/>
        <source>an unexpected answer from the shop</source>
        <translation>een onverwacht antwoord van de webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="115"/>
        <source>the shop sent a page that is not JSON</source>
        <translation>de webshop stuurde een pagina die geen JSON is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="116"/>
        <source>the shop sent something other than records</source>
        <translation>de webshop stuurde iets anders dan records</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="117"/>
        <source>the shop sent a page far too large</source>
        <translation>de webshop stuurde een veel te grote pagina</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/imports/words.py" line="118"/>
        <source>the shop changed faster than it could be read</source>
        <translation>de webshop veranderde sneller dan hij te lezen was</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="20"/>
        <source>Private customer</source>
        <translation>Particuliere klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="21"/>
        <source>Business customer</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="24"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="30"/>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="25"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="32"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="254"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="26"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="34"/>
        <source>Shop counter</source>
        <translation>Winkelbalie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="27"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="33"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="253"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="35"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="36"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="39"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="58"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="40"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="41"/>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="42"/>
        <source>Delivered</source>
        <translation>Bezorgd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="43"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="46"/>
        <source>iDEAL</source>
        <translation>iDEAL</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="47"/>
        <source>Credit card</source>
        <translation>Creditcard</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="48"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="49"/>
        <source>Bank transfer</source>
        <translation>Bankoverschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="50"/>
        <source>Debit card (PIN)</source>
        <translation>Pinpas</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="51"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="54"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="55"/>
        <source>Repair</source>
        <translation>Reparatie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="59"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="60"/>
        <source>Waiting for the customer</source>
        <translation>Wacht op de klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="61"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="62"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="155"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="65"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="66"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="69"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="70"/>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="71"/>
        <source>Legal obligation</source>
        <translation>Wettelijke plicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="72"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="73"/>
        <source>Legitimate interest (right to object)</source>
        <translation>Gerechtvaardigd belang (recht van bezwaar)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="76"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="87"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="77"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="88"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="78"/>
        <source>Never asked</source>
        <translation>Nooit gevraagd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="82"/>
        <source>Objected</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="83"/>
        <source>Objection withdrawn</source>
        <translation>Bezwaar ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="84"/>
        <source>No objection</source>
        <translation>Geen bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="91"/>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="92"/>
        <source>Soft opt-in (existing customer)</source>
        <translation>Soft opt-in (bestaande klant)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="93"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="106"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="116"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="96"/>
        <source>Checkbox</source>
        <translation>Vinkje</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="97"/>
        <source>Double opt-in</source>
        <translation>Dubbele opt-in</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="98"/>
        <source>Spoken</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="99"/>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="102"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="112"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="103"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="104"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="114"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="159"/>
        <source>Erasure</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="105"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="115"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="160"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="107"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="117"/>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="108"/>
        <source>Stop marketing</source>
        <translation>Stop marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="113"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="158"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="118"/>
        <source>Marketing preferences</source>
        <translation>Marketingvoorkeuren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="121"/>
        <source>Reply goes to the e-mail address on file</source>
        <translation>Antwoord gaat naar het bekende e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="122"/>
        <source>Order number and postcode confirmed</source>
        <translation>Ordernummer en postcode bevestigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="123"/>
        <source>Called back on the number on file</source>
        <translation>Teruggebeld op het bekende nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="124"/>
        <source>Other (describe in the note)</source>
        <translation>Anders (beschrijf in de notitie)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="127"/>
        <source>Complied</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="128"/>
        <source>Partly refused</source>
        <translation>Gedeeltelijk geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="129"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="130"/>
        <source>Withdrawn by the person</source>
        <translation>Ingetrokken door de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="133"/>
        <source>Request received and recorded</source>
        <translation>Verzoek ontvangen en vastgelegd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="134"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="135"/>
        <source>Deadline extended</source>
        <translation>Termijn verlengd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="136"/>
        <source>Waiting for the person</source>
        <translation>Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="137"/>
        <source>Information received</source>
        <translation>Informatie ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="138"/>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="139"/>
        <source>Restriction lifted</source>
        <translation>Beperking opgeheven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="140"/>
        <source>Details corrected</source>
        <translation>Gegevens gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="141"/>
        <source>Recipients to tell</source>
        <translation>Ontvangers in te lichten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="142"/>
        <source>Recipient told</source>
        <translation>Ontvanger ingelicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="143"/>
        <source>Recipient not told (impossible or disproportionate)</source>
        <translation>Ontvanger niet ingelicht (onmogelijk of onevenredig veel moeite)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="147"/>
        <source>Data copy created</source>
        <translation>Gegevenskopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="148"/>
        <source>Sending: outcome unknown</source>
        <translation>Verzending: uitkomst onbekend</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="149"/>
        <source>Data copy sent</source>
        <translation>Gegevenskopie verzonden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="150"/>
        <source>Sending failed</source>
        <translation>Verzenden mislukt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="151"/>
        <source>E-mail draft saved</source>
        <translation>E-mailconcept opgeslagen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="152"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="265"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="154"/>
        <source>Customer erased</source>
        <translation>Klant gewist</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="164"/>
        <source>order</source>
        <translation>bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="165"/>
        <source>tracking code</source>
        <translation>track &amp; trace-code</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="166"/>
        <source>payment reference</source>
        <translation>betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="167"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="168"/>
        <source>login</source>
        <translation>inlognaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="169"/>
        <source>e-mail (SHA-256)</source>
        <translation>e-mail (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="172"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="173"/>
        <source>Told</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="174"/>
        <source>Not possible / disproportionate</source>
        <translation>Niet mogelijk / onevenredig</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="177"/>
        <source>Profile, contact data and addresses</source>
        <translation>Profiel, contactgegevens en adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="178"/>
        <source>Orders, invoices and payments (fiscal)</source>
        <translation>Bestellingen, facturen en betalingen (fiscaal)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="179"/>
        <source>Portal account</source>
        <translation>Portaalaccount</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="180"/>
        <source>Consent events</source>
        <translation>Toestemmingsregistraties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="181"/>
        <source>Fraud data</source>
        <translation>Fraudegegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="182"/>
        <source>Customer-service contacts</source>
        <translation>Contacten met de klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="183"/>
        <source>Requests (cases)</source>
        <translation>Verzoeken (dossiers)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="189"/>
        <source>Shop policy: kept for its period after the last order, then erased (GDPR art. 5(1)(e)).</source>
        <translation>Winkelbeleid: bewaard gedurende de termijn na de laatste bestelling, daarna gewist (AVG art. 5 lid 1 sub e).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="193"/>
        <source>Tax law: kept for its period from the end of the year of the document (AWR art. 52).</source>
        <translation>Belastingwet: bewaard gedurende de termijn vanaf het einde van het jaar van het document (AWR art. 52).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="196"/>
        <source>Shop policy: an account not used for its period is deleted.</source>
        <translation>Winkelbeleid: een account dat de hele termijn niet is gebruikt, wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="199"/>
        <source>Proof of consent (GDPR art. 7(1)), kept as the shop policy says.</source>
        <translation>Bewijs van toestemming (AVG art. 7 lid 1), bewaard zoals het winkelbeleid zegt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="206"/>
        <source>Customer service: kept for its period after the contact.</source>
        <translation>Klantenservice: bewaard gedurende de termijn na het contact.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="209"/>
        <source>Proof of how a request was handled (GDPR art. 5(2)), kept for its period after closing.</source>
        <translation>Bewijs van hoe een verzoek is afgehandeld (AVG art. 5 lid 2), bewaard gedurende de termijn na het afsluiten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="202"/>
        <source>Legitimate interest (GDPR art. 6(1)(f)): kept until the legal hold&apos;s review date.</source>
        <translation>Gerechtvaardigd belang (AVG art. 6 lid 1 sub f): bewaard tot de herbeoordelingsdatum van de juridische blokkade.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="215"/>
        <source>after the last order (or creation)</source>
        <translation>na de laatste bestelling (of het aanmaken)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="216"/>
        <source>after the end of the document&apos;s year</source>
        <translation>na het einde van het jaar van het document</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="217"/>
        <source>after the last login</source>
        <translation>na de laatste keer inloggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="218"/>
        <source>after the event</source>
        <translation>na de registratie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="219"/>
        <source>until the legal hold&apos;s review date</source>
        <translation>tot de herbeoordelingsdatum van de juridische blokkade</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="220"/>
        <source>after the contact</source>
        <translation>na het contact</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="221"/>
        <source>after the case was closed</source>
        <translation>na het sluiten van het verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="224"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="225"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="226"/>
        <source>Delete the account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="227"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="228"/>
        <source>Review</source>
        <translation>Herbeoordelen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="232"/>
        <source>legal hold placed meanwhile</source>
        <translation>intussen juridische blokkade ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="233"/>
        <source>processing restricted meanwhile</source>
        <translation>verwerking intussen beperkt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="234"/>
        <source>no longer due (e.g. a new order)</source>
        <translation>mag niet meer weg (bijv. een nieuwe bestelling)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="235"/>
        <source>already gone</source>
        <translation>al weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="236"/>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="240"/>
        <source>Period (months)</source>
        <translation>Termijn (maanden)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="241"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="242"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="245"/>
        <source>Billing address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="246"/>
        <source>Delivery address</source>
        <translation>Bezorgadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="249"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="250"/>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="251"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="252"/>
        <source>Company</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="255"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="256"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="257"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="258"/>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="259"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="260"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="261"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="263"/>
        <source>Summary</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="264"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="266"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="267"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="268"/>
        <source>Notice to the person</source>
        <translation>Bericht aan de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="269"/>
        <source>Name of the day</source>
        <translation>Naam van de dag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="270"/>
        <source>Case reference</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="271"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="272"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="273"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="276"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="277"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="280"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="281"/>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="309"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_scan.py" line="197"/>
        <source>order numbers, amounts, VAT, dates and products</source>
        <translation>bestelnummers, bedragen, btw, datums en producten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_scan.py" line="198"/>
        <source>no longer about a person once anonymised</source>
        <translation>na anonimiseren niet meer over een persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_scan.py" line="208"/>
        <source>the newest consent event per purpose</source>
        <translation>de nieuwste toestemmingsregistratie per doel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/retention_scan.py" line="209"/>
        <source>it is the consent or objection in force (R19)</source>
        <translation>het is de toestemming of het bezwaar dat nu geldt (R19)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="77"/>
        <source>customer number</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="78"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="79"/>
        <source>name prefix (tussenvoegsel)</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="80"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="81"/>
        <source>preferred language</source>
        <translation>voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="82"/>
        <source>where the data came from</source>
        <translation>waar de gegevens vandaan komen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="83"/>
        <source>staff notes</source>
        <translation>notities van medewerkers</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="84"/>
        <source>customer since</source>
        <translation>klant sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="85"/>
        <source>processing restricted since</source>
        <translation>verwerkingsbeperking sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="86"/>
        <source>private or business customer</source>
        <translation>particuliere of zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="95"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="96"/>
        <source>telephone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="97"/>
        <source>mobile number</source>
        <translation>mobiel nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="106"/>
        <source>company name</source>
        <translation>bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="107"/>
        <source>VAT number</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="108"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="117"/>
        <source>whose address</source>
        <translation>van wie het adres is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="118"/>
        <source>billing or delivery address</source>
        <translation>factuur- of bezorgadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="119"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="120"/>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="121"/>
        <source>house number suffix</source>
        <translation>huisnummertoevoeging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="122"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="123"/>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="124"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="133"/>
        <source>whose account</source>
        <translation>van wie het account is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="134"/>
        <source>login name</source>
        <translation>inlognaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="135"/>
        <source>account created</source>
        <translation>account aangemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="136"/>
        <source>last login</source>
        <translation>laatst ingelogd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="145"/>
        <source>who contacted us</source>
        <translation>wie contact opnam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="146"/>
        <source>contact or feedback</source>
        <translation>contact of feedback</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="147"/>
        <location filename="../../spaceoptics_desk/store/registry.py" line="216"/>
        <location filename="../../spaceoptics_desk/store/registry.py" line="261"/>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="148"/>
        <location filename="../../spaceoptics_desk/store/registry.py" line="217"/>
        <source>how</source>
        <translation>hoe</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="149"/>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="150"/>
        <source>what was discussed</source>
        <translation>wat er besproken is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="151"/>
        <source>who helped</source>
        <translation>wie de klant hielp</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="161"/>
        <source>whose order</source>
        <translation>van wie de bestelling is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="162"/>
        <source>name on the parcel</source>
        <translation>naam op het pakket</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="163"/>
        <source>delivery address on the order</source>
        <translation>bezorgadres op de bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="172"/>
        <source>name on the invoice</source>
        <translation>naam op de factuur</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="173"/>
        <source>address on the invoice</source>
        <translation>adres op de factuur</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="174"/>
        <source>VAT number on the invoice</source>
        <translation>btw-nummer op de factuur</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="183"/>
        <source>payment reference</source>
        <translation>betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="184"/>
        <source>account holder</source>
        <translation>rekeninghouder</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="185"/>
        <source>last four digits of the bank account</source>
        <translation>laatste vier cijfers van het rekeningnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="193"/>
        <source>track &amp; trace code</source>
        <translation>track &amp; trace-code</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="201"/>
        <source>whose return or repair</source>
        <translation>van wie de retour of reparatie is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="202"/>
        <source>what was wrong</source>
        <translation>wat er mis was</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="203"/>
        <source>opened</source>
        <translation>geopend</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="204"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="213"/>
        <source>whose consent</source>
        <translation>van wie de toestemming is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="214"/>
        <source>given or withdrawn</source>
        <translation>gegeven of ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="215"/>
        <source>opt-in, soft opt-in or objection</source>
        <translation>opt-in, soft opt-in of bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="218"/>
        <source>checkbox, double opt-in, spoken or written</source>
        <translation>vinkje, dubbele opt-in, mondeling of schriftelijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="219"/>
        <source>note by staff</source>
        <translation>notitie van een medewerker</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="220"/>
        <source>staff member who recorded it</source>
        <translation>medewerker die het vastlegde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="231"/>
        <source>who asked</source>
        <translation>wie het verzoek deed</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="232"/>
        <source>what was asked</source>
        <translation>wat er gevraagd werd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="233"/>
        <source>contact details given</source>
        <translation>opgegeven contactgegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="234"/>
        <source>why the answer was extended</source>
        <translation>waarom de termijn voor het antwoord is verlengd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="235"/>
        <source>why the request was (partly) refused</source>
        <translation>waarom het verzoek (gedeeltelijk) is geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="243"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="251"/>
        <source>what was done or said in the case</source>
        <translation>wat er in het verzoek is gedaan of gezegd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="253"/>
        <source>the random salt of the note&apos;s seal</source>
        <translation>het willekeurige zout van het zegel van de notitie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="268"/>
        <source>how a recipient was told, or why not</source>
        <translation>hoe een ontvanger is ingelicht, of waarom niet</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="276"/>
        <source>what a recipient needs to find the person (order numbers, tracking codes, payment references, e-mail address or its hash), until they are told</source>
        <translation>wat een ontvanger nodig heeft om de persoon te vinden (bestelnummers, track &amp; trace-codes, betalingskenmerken, e-mailadres of de hash ervan), tot die is ingelicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="289"/>
        <source>task made</source>
        <translation>taak aangemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="290"/>
        <source>task closed</source>
        <translation>taak afgesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="299"/>
        <source>whose data is held</source>
        <translation>van wie de gegevens onder de blokkade vallen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="300"/>
        <source>reason for the hold</source>
        <translation>reden voor de blokkade</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="301"/>
        <source>placed</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="311"/>
        <source>whose webshop account</source>
        <translation>van wie het webshopaccount is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="312"/>
        <source>customer number at the webshop</source>
        <translation>klantnummer in de webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="313"/>
        <source>which webshop platform</source>
        <translation>welk webshopplatform</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="322"/>
        <source>whose data was corrected</source>
        <translation>van wie de gegevens zijn gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="323"/>
        <source>value before the correction</source>
        <translation>waarde vóór de correctie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="324"/>
        <source>value after the correction</source>
        <translation>waarde na de correctie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="343"/>
        <source>whose data the decision was about</source>
        <translation>over wiens gegevens de beslissing ging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="344"/>
        <source>which record the decision was about</source>
        <translation>over welk record de beslissing ging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="346"/>
        <source>which candidate the decision was about</source>
        <translation>over welke kandidaat de beslissing ging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="347"/>
        <source>why a deletion was postponed or held</source>
        <translation>waarom het wissen is uitgesteld of geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="358"/>
        <source>salted hash of an erased customer&apos;s number</source>
        <translation>gezouten hash van het klantnummer van een gewiste klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="359"/>
        <source>salted hash of an erased customer&apos;s e-mail address</source>
        <translation>gezouten hash van het e-mailadres van een gewiste klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="535"/>
        <source>tax law: orders, invoices and payments are kept for the fiscal period from the end of their year (AWR 52), without name and address</source>
        <translation>belastingwet: bestellingen, facturen en betalingen worden gedurende de fiscale bewaartermijn bewaard vanaf het einde van hun jaar (AWR 52), zonder naam en adres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="540"/>
        <source>proof of how the request was handled (AVG 5(2)), without its free text</source>
        <translation>bewijs van hoe het verzoek is afgehandeld (AVG 5(2)), zonder de vrije tekst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="546"/>
        <source>orders with their invoices and payments</source>
        <translation>bestellingen met hun facturen en betalingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="547"/>
        <source>requests (cases) of the person</source>
        <translation>verzoeken (dossiers) van de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="551"/>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="552"/>
        <source>addresses</source>
        <translation>adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="553"/>
        <source>portal account</source>
        <translation>portaalaccount</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="554"/>
        <source>customer-service contacts</source>
        <translation>contacten met de klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="555"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="556"/>
        <source>order lines</source>
        <translation>bestelregels</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="557"/>
        <source>invoices</source>
        <translation>facturen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="558"/>
        <source>payments</source>
        <translation>betalingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="559"/>
        <source>shipments</source>
        <translation>zendingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="560"/>
        <source>returns and repairs</source>
        <translation>retouren en reparaties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="561"/>
        <source>consent events</source>
        <translation>toestemmingsregistraties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="562"/>
        <source>requests (cases)</source>
        <translation>verzoeken (dossiers)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="563"/>
        <source>case timeline</source>
        <translation>tijdlijn van het verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="564"/>
        <source>recipient tasks</source>
        <translation>ontvangertaken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="565"/>
        <source>legal holds</source>
        <translation>juridische blokkades</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="566"/>
        <source>corrections</source>
        <translation>correcties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="567"/>
        <source>webshop accounts</source>
        <translation>webshopaccounts</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="568"/>
        <source>review decisions</source>
        <translation>beslissingen uit de bewaarcontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="578"/>
        <source>VAT law: a business invoice names the buyer (Wet OB art. 35a), kept with the invoice until its fiscal period ends</source>
        <translation>btw-wet: op een zakelijke factuur staat de koper (Wet OB art. 35a), bewaard bij de factuur tot de fiscale bewaartermijn afloopt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/registry.py" line="583"/>
        <source>buyer&apos;s details on the invoices</source>
        <translation>gegevens van de koper op de facturen</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/fields.py" line="30"/>
        <source>New &amp;password:</source>
        <translation>Nieuw &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/fields.py" line="31"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Nogmaals hetzelfde:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/fields.py" line="43"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/sign_in/fields.py" line="105"/>
        <source>Wait {seconds} s</source>
        <translation>Wacht {seconds} s</translation>
    </message>
</context>
</TS>

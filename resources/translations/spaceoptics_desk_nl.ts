<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="87"/>
        <source>Record a request</source>
        <translation>Verzoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="91"/>
        <source>Request from: {customer}</source>
        <translation>Verzoek van: {customer}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="93"/>
        <source>Request from a caller not yet known as a customer (link the customer later).</source>
        <translation>Verzoek van een beller die (nog) niet als klant bekend is (koppel de klant later).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="113"/>
        <source>Dutch time. Change it for an e-mail or letter that came earlier.</source>
        <translation>Nederlandse tijd. Pas aan voor een e-mail of brief die eerder binnenkwam.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="127"/>
        <source>what the person asks, e.g. “wants to know what we keep”</source>
        <translation>wat de persoon vraagt, bijv. “wil weten wat we bewaren”</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="131"/>
        <source>phone number or e-mail address the person gave</source>
        <translation>telefoonnummer of e-mailadres dat de persoon opgaf</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="135"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="136"/>
        <source>&amp;Received:</source>
        <translation>&amp;Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="137"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="138"/>
        <source>&amp;Summary:</source>
        <translation>O&amp;mschrijving:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="139"/>
        <source>C&amp;ontact details:</source>
        <translation>Co&amp;ntactgegevens:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="146"/>
        <source>&amp;Record request</source>
        <translation>Verzoek &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="150"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/intake.py" line="153"/>
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
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="60"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="62"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="63"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="73"/>
        <source>Case</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="74"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="75"/>
        <source>Left</source>
        <translation>Nog</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="76"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="77"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="78"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="79"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="81"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="82"/>
        <source>Taken by</source>
        <translation>Aangenomen door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="117"/>
        <source>checked</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="117"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="143"/>
        <source>First due date: {date}</source>
        <translation>Eerste uiterste datum: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="145"/>
        <source>Extended to: {date}</source>
        <translation>Verlengd tot: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/model.py" line="147"/>
        <source>With the pause: {date}</source>
        <translation>Met de pauze: {date}</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="57"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="61"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="61"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="61"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="64"/>
        <source>Any right</source>
        <translation>Elk recht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="68"/>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="139"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="77"/>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="78"/>
        <source>R&amp;ight:</source>
        <translation>&amp;Recht:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="79"/>
        <source>&amp;Taken by:</source>
        <translation>&amp;Aangenomen door:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="107"/>
        <source>Red: past the due date. Amber: due within 7 days. Enter opens a request.</source>
        <translation>Rood: uiterste datum verstreken. Oranje: uiterlijk binnen 7 dagen. Enter opent een verzoek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="162"/>
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n verzoek getoond</numerusform>
            <numerusform>%n verzoeken getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/cases/list_window.py" line="163"/>
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
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="104"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="107"/>
        <source>Request {case}</source>
        <translation>Verzoek {case}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="109"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="123"/>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="124"/>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="125"/>
        <source>Rights:</source>
        <translation>Rechten:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="126"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="127"/>
        <source>Identity:</source>
        <translation>Identiteit:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="128"/>
        <source>Summary:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="129"/>
        <source>Contact details:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="130"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="294"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="139"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="139"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="139"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="139"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="154"/>
        <source>&amp;Identity check</source>
        <translation>&amp;Identiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="155"/>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="157"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="577"/>
        <source>&amp;Wait for the person</source>
        <translation>&amp;Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="158"/>
        <source>Correct &amp;details</source>
        <translation>Gegevens &amp;corrigeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="160"/>
        <source>&amp;Restriction</source>
        <translation>&amp;Beperking</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="162"/>
        <source>C&amp;lose</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="164"/>
        <source>Steps are recorded as: {name}</source>
        <translation>Stappen worden vastgelegd als: {name}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="166"/>
        <source>Close window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="173"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="195"/>
        <source>optional; required for “other”. Never an ID copy.</source>
        <translation>optioneel; verplicht bij “anders”. Nooit een kopie van een ID-bewijs.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="196"/>
        <source>Record identity check</source>
        <translation>Identiteitscontrole vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="200"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="201"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="239"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="209"/>
        <source>complexity or number of requests</source>
        <translation>complexiteit of aantal verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="213"/>
        <source>Extend by two months</source>
        <translation>Met twee maanden verlengen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="217"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="218"/>
        <source>Person told on:</source>
        <translation>Persoon ingelicht op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="224"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="579"/>
        <source>Asked on:</source>
        <translation>Gevraagd op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="230"/>
        <source>optional; what was asked or answered</source>
        <translation>optioneel; wat er gevraagd of geantwoord is</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="231"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="580"/>
        <source>Wait for the person</source>
        <translation>Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="248"/>
        <source>Corrections made here are recorded with this request, also for a customer whose processing is restricted.</source>
        <translation>Correcties die hier worden gedaan, worden bij dit verzoek vastgelegd, ook voor een klant van wie de verwerking beperkt is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="254"/>
        <source>Correct details…</source>
        <translation>Gegevens corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="264"/>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="353"/>
        <source>Restrict processing</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="268"/>
        <source>how and when the person was told; required</source>
        <translation>hoe en wanneer de persoon is ingelicht; verplicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="269"/>
        <source>Lift restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="278"/>
        <source>Person told:</source>
        <translation>Persoon ingelicht:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="289"/>
        <source>required for a (partial) refusal</source>
        <translation>verplicht bij (gedeeltelijke) weigering</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="290"/>
        <source>Right to complain to the AP told to the person</source>
        <translation>Recht om te klagen bij de AP meegedeeld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="291"/>
        <source>Close the request</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="295"/>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="355"/>
        <source>Restrict processing of {customer}? The customer is then left out of marketing and exports until the restriction is lifted.</source>
        <translation>Verwerking van {customer} beperken? De klant blijft dan buiten marketing en exports tot de beperking wordt opgeheven.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="498"/>
        <source>Closed on {date}</source>
        <translation>Afgesloten op {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="501"/>
        <source>Answer by {date} ({left})</source>
        <translation>Uiterlijk beantwoorden op {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="508"/>
        <source>First due date: {date}</source>
        <translation>Eerste uiterste datum: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="511"/>
        <source>extended to {date} (told on {told}; {reason})</source>
        <translation>verlengd tot {date} (ingelicht op {told}; {reason})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="518"/>
        <source>with the pause: {date}</source>
        <translation>met de pauze: {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="522"/>
        <source>{moment} by {channel}, taken by {staff}</source>
        <translation>{moment} via {channel}, aangenomen door {staff}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="531"/>
        <source>checked on {moment}: {method}</source>
        <translation>gecontroleerd op {moment}: {method}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="536"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="545"/>
        <source>(right to complain to the AP told)</source>
        <translation>(recht om te klagen bij de AP meegedeeld)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="577"/>
        <source>&amp;Answer received</source>
        <translation>&amp;Antwoord ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="579"/>
        <source>Answered on:</source>
        <translation>Geantwoord op:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="580"/>
        <source>Answer received</source>
        <translation>Antwoord ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="585"/>
        <source>Waiting since {date}.</source>
        <translation>Wacht sinds {date}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="587"/>
        <source>Asked on {asked}, answered on {answered}; a case waits only once.</source>
        <translation>Gevraagd op {asked}, geantwoord op {answered}; een verzoek wacht maar één keer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="606"/>
        <source>This case has no customer (yet).</source>
        <translation>Dit verzoek heeft (nog) geen klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="609"/>
        <source>Processing of this customer is restricted.</source>
        <translation>De verwerking van deze klant is beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/view.py" line="611"/>
        <source>Processing of this customer is not restricted.</source>
        <translation>De verwerking van deze klant is niet beperkt.</translation>
    </message>
</context>
<context>
    <name>ConsentChangeDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="173"/>
        <source>Record the objection</source>
        <translation>Bezwaar vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="173"/>
        <source>Withdraw the objection</source>
        <translation>Bezwaar intrekken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="175"/>
        <source>The customer objects: {purpose}.</source>
        <translation>De klant maakt bezwaar: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="177"/>
        <source>The customer withdraws the objection: {purpose}.</source>
        <translation>De klant trekt het bezwaar in: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="180"/>
        <source>Give consent</source>
        <translation>Toestemming geven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="180"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="182"/>
        <source>The customer gives consent for: {purpose}.</source>
        <translation>De klant geeft toestemming voor: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="184"/>
        <source>The customer withdraws consent for: {purpose}. It takes effect at once.</source>
        <translation>De klant trekt de toestemming in voor: {purpose}. Dit geldt direct.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="187"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="198"/>
        <source>Read out to the customer ({language}, version {version})</source>
        <translation>Voorlezen aan de klant ({language}, versie {version})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="204"/>
        <source>Read out to the customer</source>
        <translation>Voorlezen aan de klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="205"/>
        <source>There is no standard wording for this purpose; explain it in your own words.</source>
        <translation>Voor dit doel is er geen standaardtekst; leg het in uw eigen woorden uit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="210"/>
        <source>I have read this text &amp;out</source>
        <translation>Ik heb deze tekst &amp;voorgelezen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="219"/>
        <source>This address objected to marketing before and was erased. Switch this on only when the customer asks for it now.</source>
        <translation>Dit adres heeft eerder bezwaar gemaakt tegen marketing en is gewist. Zet dit alleen aan als de klant er nu zelf om vraagt.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="40"/>
        <source>Objection: no advertising via social media</source>
        <translation>Bezwaar: geen advertenties via social media</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="102"/>
        <source>This address objected to marketing before and was erased; marketing is off by default.</source>
        <translation>Dit adres heeft eerder bezwaar gemaakt tegen marketing en is gewist; marketing staat standaard uit.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="109"/>
        <source>Consent and objection</source>
        <translation>Toestemming en bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="116"/>
        <source>Processing is restricted (GDPR art. 18): consents cannot be switched now. Stopping all direct marketing is always possible.</source>
        <translation>De verwerking is beperkt (AVG art. 18): toestemmingen kunnen nu niet worden gewijzigd. Alle direct marketing stoppen kan altijd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="124"/>
        <source>Stop all direct &amp;marketing…</source>
        <translation>Stop alle direct &amp;marketing…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="126"/>
        <source>The customer objects to all direct marketing (GDPR art. 21): one action, never refused</source>
        <translation>De klant maakt bezwaar tegen alle direct marketing (AVG art. 21): één handeling, wordt nooit geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="142"/>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="153"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="143"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="144"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="145"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="146"/>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="156"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="152"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="154"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="155"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="157"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="158"/>
        <source>Wording</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="159"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="171"/>
        <source>Contract, law or legitimate interest: no consent needed, not switchable</source>
        <translation>Overeenkomst, wet of gerechtvaardigd belang: geen toestemming nodig, niet aan of uit te zetten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="384"/>
        <source>Nothing was recorded: it already was so.</source>
        <translation>Er is niets vastgelegd: het stond al zo.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="387"/>
        <source>Recorded: {purpose} — {state} ({channel}).</source>
        <translation>Vastgelegd: {purpose} — {state} ({channel}).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="398"/>
        <source>All direct marketing stopped; {n} change(s) recorded as an objection.</source>
        <translation>Alle direct marketing gestopt; {n} wijziging(en) vastgelegd als bezwaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="183"/>
        <source>Consent history, newest first</source>
        <translation>Geschiedenis van toestemmingen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="198"/>
        <source>Objection: {purpose}</source>
        <translation>Bezwaar: {purpose}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="208"/>
        <source>{state} since {moment} · {channel}</source>
        <translation>{state} sinds {moment} · {channel}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="277"/>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/tab.py" line="307"/>
        <source>version {n}</source>
        <translation>versie {n}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/error_reporting.py" line="96"/>
        <source>An unexpected error happened. It was logged to this file:</source>
        <translation>Er is een onverwachte fout opgetreden. Die is vastgelegd in dit bestand:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/error_reporting.py" line="98"/>
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
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="79"/>
        <source>← &amp;Back to results</source>
        <translation>← &amp;Terug naar resultaten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="80"/>
        <source>Back to the search results (Esc)</source>
        <translation>Terug naar de zoekresultaten (Esc)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="82"/>
        <source>&amp;Correct details…</source>
        <translation>Gegevens &amp;corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="203"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="203"/>
        <source>Profile and addresses</source>
        <translation>Profiel en adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="206"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="207"/>
        <source>Returns and repairs</source>
        <translation>Retouren en reparaties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="347"/>
        <source>Correct name, address, e-mail or telephone (Ctrl+E)</source>
        <translation>Naam, adres, e-mail of telefoon corrigeren (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="115"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="125"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="84"/>
        <source>Record a re&amp;quest…</source>
        <translation>Verzoek vast&amp;leggen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="116"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="117"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="118"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="119"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="120"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="122"/>
        <source>No returns or repairs.</source>
        <translation>Geen retouren of reparaties.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="125"/>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="132"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="125"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="125"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="126"/>
        <source>No customer-service contacts.</source>
        <translation>Geen contacten met de klantenservice.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="132"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="132"/>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="133"/>
        <source>No open requests.</source>
        <translation>Geen openstaande verzoeken.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="136"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="136"/>
        <source>Case reference</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="136"/>
        <source>Placed</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="136"/>
        <source>Review on</source>
        <translation>Herbeoordelen op</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="137"/>
        <source>No legal holds.</source>
        <translation>Geen juridische blokkades.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="141"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="144"/>
        <source>Kept for</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="145"/>
        <source>Then</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="147"/>
        <source>Records</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="142"/>
        <source>Earliest may go</source>
        <translation>Mag op zijn vroegst weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="146"/>
        <source>Newest may go</source>
        <translation>Nieuwste mag weg</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="143"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="85"/>
        <source>Record a privacy request of this customer (Ctrl+R)</source>
        <translation>Een privacyverzoek van deze klant vastleggen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="148"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="154"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="155"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="156"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="157"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="158"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="159"/>
        <source>Case</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="161"/>
        <source>No corrections yet.</source>
        <translation>Nog geen correcties.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="204"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="210"/>
        <source>Customer service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="210"/>
        <source>Service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="211"/>
        <source>Portal account</source>
        <translation>Portaalaccount</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="211"/>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="212"/>
        <source>Consent</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="213"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="214"/>
        <source>Legal holds</source>
        <translation>Juridische blokkades</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="214"/>
        <source>Holds</source>
        <translation>Blokkades</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="215"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="217"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="218"/>
        <source>History of corrections</source>
        <translation>Geschiedenis van correcties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="236"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="291"/>
        <source>{number} · {kind} · customer since {date}</source>
        <translation>{number} · {kind} · klant sinds {date}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="301"/>
        <source>⚠ Processing is restricted since {moment} (GDPR art. 18). Keep the data, but do not use it for marketing, exports or anything else; corrections only within a case.</source>
        <translation>⚠ Verwerking is beperkt sinds {moment} (AVG art. 18). Bewaar de gegevens, maar gebruik ze niet voor marketing, exports of iets anders; corrigeren alleen binnen een verzoek.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="311"/>
        <source>Legal hold: nothing of this customer may be erased; review on {date}.</source>
        <translation>Juridische blokkade: niets van deze klant mag worden gewist; herbeoordelen op {date}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="342"/>
        <source>Processing of this customer is restricted: details are corrected only within a request. Requests come in a later version; until then use the command line: correct REF --request ID.</source>
        <translation>De verwerking van deze klant is beperkt: gegevens worden alleen binnen een verzoek gecorrigeerd. Verzoeken komen in een latere versie; gebruik tot dan de opdrachtregel: correct REF --request ID.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="379"/>
        <source>Saved: {fields}. The History tab shows who changed what, and when.</source>
        <translation>Opgeslagen: {fields}. Het tabblad Geschiedenis toont wie wat wanneer heeft gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/customer_view/panel.py" line="383"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DeskCases</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="64"/>
        <source>Requests not yet closed (Ctrl+Shift+V shows them)</source>
        <translation>Verzoeken die nog niet zijn afgesloten (Ctrl+Shift+V toont ze)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="99"/>
        <source>Open requests: {count} ({late} overdue)</source>
        <translation>Open verzoeken: {count} ({late} te laat)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/cases/desk_cases.py" line="109"/>
        <source>Open requests: ?</source>
        <translation>Open verzoeken: ?</translation>
    </message>
</context>
<context>
    <name>MailingListExport</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="89"/>
        <source>Export mailing list</source>
        <translation>Mailinglijst exporteren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="91"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="119"/>
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
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="90"/>
        <source>Find a customer: name, e-mail, phone, postcode + house number, customer or order number</source>
        <translation>Klant zoeken: naam, e-mail, telefoon, postcode + huisnummer, klant- of bestelnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="93"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="153"/>
        <source>At the desk: {name} ({role})</source>
        <translation>Aan de balie: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="157"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="181"/>
        <source>Type to search. Examples: “berg”, “vd berg”, “06-22993969”, “4021 HR 151”, “K100103”, an e-mail address or an order number. Enter opens the customer when there is one match; with more, ↓ or Enter to choose, then Enter to open. Esc comes back.</source>
        <translation>Typ om te zoeken. Voorbeelden: “berg”, “vd berg”, “06-22993969”, “4021 HR 151”, “K100103”, een e-mailadres of een bestelnummer. Enter opent de klant als er één resultaat is; bij meer kiest u met ↓ of Enter en opent u met Enter. Esc gaat terug.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="187"/>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="188"/>
        <source>&amp;Find customer</source>
        <translation>Klant &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="191"/>
        <source>&amp;Open selected customer</source>
        <translation>Gekozen klant &amp;openen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="194"/>
        <source>&amp;Back to results</source>
        <translation>&amp;Terug naar resultaten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="200"/>
        <source>&amp;Correct details…</source>
        <translation>Gegevens &amp;corrigeren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="211"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="212"/>
        <source>Export &amp;mailing list…</source>
        <translation>&amp;Mailinglijst exporteren…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="216"/>
        <source>CSV of everyone who may receive the newsletter today, for the newsletter tool</source>
        <translation>CSV van iedereen die vandaag de nieuwsbrief mag ontvangen, voor het nieuwsbriefprogramma</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="218"/>
        <source>Only the owner may export the mailing list</source>
        <translation>Alleen de eigenaar mag de mailinglijst exporteren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="222"/>
        <source>&amp;Requests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="223"/>
        <source>Request &amp;list…</source>
        <translation>&amp;Lijst met verzoeken…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="225"/>
        <source>Open requests, most urgent first</source>
        <translation>Open verzoeken, de dringendste eerst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="227"/>
        <source>Record a request of an &amp;unknown caller…</source>
        <translation>Verzoek van een &amp;onbekende beller vastleggen…</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="232"/>
        <source>For a caller not (yet) found as a customer; in the customer view use Ctrl+R</source>
        <translation>Voor een beller die (nog) niet als klant is gevonden; gebruik in de klantweergave Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="238"/>
        <source>&amp;About SpaceOptics Desk</source>
        <translation>&amp;Over SpaceOptics Desk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="287"/>
        <source>The first {count} matches — type more to narrow down.</source>
        <translation>De eerste {count} resultaten — typ verder om te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="289"/>
        <source>The first match — type more to narrow down.</source>
        <translation>Het eerste resultaat — typ verder om te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="292"/>
        <source>{count} matches, best first. ↓ or Enter to choose, Enter again to open.</source>
        <translation>{count} resultaten, beste eerst. ↓ of Enter om te kiezen, nog eens Enter om te openen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="294"/>
        <source>1 match. Enter to open.</source>
        <translation>1 resultaat. Enter om te openen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="299"/>
        <source>No matches. Try part of the name, the postcode with house number, the phone number or the customer number.</source>
        <translation>Geen resultaten. Probeer een deel van de naam, de postcode met huisnummer, het telefoonnummer of het klantnummer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="405"/>
        <source>Mailing list exported: %n address(es).</source>
        <translation>
            <numerusform>Mailinglijst geëxporteerd: %n adres.</numerusform>
            <numerusform>Mailinglijst geëxporteerd: %n adressen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="451"/>
        <source>About SpaceOptics Desk</source>
        <translation>Over SpaceOptics Desk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/main_window/window.py" line="453"/>
        <source>{app} {version}
The privacy back office of Space Optics, Maurik.

Database: {location}</source>
        <translation>{app} {version}
De privacy-backoffice van Space Optics, Maurik.

Database: {location}</translation>
    </message>
</context>
<context>
    <name>MarketingObjectionDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="281"/>
        <source>Stop all direct marketing</source>
        <translation>Stop alle direct marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="282"/>
        <source>&amp;Stop all direct marketing</source>
        <translation>&amp;Stop alle direct marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="285"/>
        <source>The customer objects to direct marketing (GDPR art. 21). Every marketing consent is withdrawn and the objection to advertising via social media is recorded, at once. This cannot be refused.</source>
        <translation>De klant maakt bezwaar tegen direct marketing (AVG art. 21). Alle toestemmingen voor marketing worden ingetrokken en het bezwaar tegen advertenties via social media wordt vastgelegd, direct. Dit kan niet worden geweigerd.</translation>
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
    <name>RectifyDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="105"/>
        <source>Correct details of {name}</source>
        <translation>Gegevens van {name} corrigeren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="112"/>
        <source>Change what the customer asked to correct. Only changed fields are saved; each change is kept with the old value, who made it and when.</source>
        <translation>Wijzig wat de klant wil laten corrigeren. Alleen gewijzigde velden worden opgeslagen; bij elke wijziging worden de oude waarde, wie het deed en wanneer bewaard.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="122"/>
        <source>Name and contact details</source>
        <translation>Naam en contactgegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="166"/>
        <source>&amp;Save corrections</source>
        <translation>Correcties op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="168"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/rectify/dialog.py" line="171"/>
        <source>Recorded as: {name}</source>
        <translation>Vastgelegd als: {name}</translation>
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
    <name>StaffPickerDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff_picker/dialog.py" line="39"/>
        <source>Who is at the desk?</source>
        <translation>Wie zit er aan de balie?</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff_picker/dialog.py" line="44"/>
        <source>Every change you make is recorded with your name.</source>
        <translation>Elke wijziging die u maakt, wordt met uw naam vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff_picker/dialog.py" line="61"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/staff_picker/dialog.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>_RecordingDialog</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="69"/>
        <source>optional, e.g. “called about order 2025-000123”</source>
        <translation>optioneel, bijv. “belde over bestelling 2025-000123”</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="71"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="73"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/consent/dialog.py" line="86"/>
        <source>Recorded as: {name}</source>
        <translation>Vastgelegd als: {name}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../spaceoptics_desk/app.py" line="217"/>
        <source>This database has no active staff members, so nobody can work in it.</source>
        <translation>Deze database heeft geen actieve medewerkers, dus niemand kan erin werken.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../spaceoptics_desk/services/customer_view.py" line="242"/>
        <source>No customer has that number or e-mail address.</source>
        <translation>Geen klant heeft dat nummer of e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="80"/>
        <source>Unknown purpose &apos;{purpose}&apos;. Valid purposes: {valid}.</source>
        <translation>Onbekend doel &apos;{purpose}&apos;. Geldige doelen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="87"/>
        <source>&apos;{purpose}&apos; rests on a contract or the law, not on consent; it cannot be switched.</source>
        <translation>&apos;{purpose}&apos; berust op een overeenkomst of de wet, niet op toestemming; dit kan niet aan of uit worden gezet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="106"/>
        <source>Unknown channel &apos;{channel}&apos;. Valid channels: {valid}.</source>
        <translation>Onbekend kanaal &apos;{channel}&apos;. Geldige kanalen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="90"/>
        <location filename="../../spaceoptics_desk/services/cases.py" line="375"/>
        <source>There is no case {case}.</source>
        <translation>Er is geen verzoek {case}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="96"/>
        <source>Case {case} is closed already.</source>
        <translation>Verzoek {case} is al gesloten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="124"/>
        <source>Unknown channel &apos;{value}&apos;. Valid channels: {valid}.</source>
        <translation>Onbekend kanaal &apos;{value}&apos;. Geldige kanalen: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="127"/>
        <source>Name at least one right the person invokes.</source>
        <translation>Noem ten minste één recht waarop de persoon zich beroept.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="129"/>
        <source>Unknown right &apos;{value}&apos;. Valid rights: {valid}.</source>
        <translation>Onbekend recht &apos;{value}&apos;. Geldige rechten: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="131"/>
        <source>A request cannot be received in the future.</source>
        <translation>Een verzoek kan niet in de toekomst zijn ontvangen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="133"/>
        <location filename="../../spaceoptics_desk/services/consent.py" line="115"/>
        <location filename="../../spaceoptics_desk/services/customer_view.py" line="383"/>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="91"/>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="157"/>
        <source>Unknown method &apos;{value}&apos;. Valid methods: {valid}.</source>
        <translation>Onbekende methode &apos;{value}&apos;. Geldige methoden: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="160"/>
        <source>Describe the other way identity was checked.</source>
        <translation>Beschrijf op welke andere manier de identiteit is gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="177"/>
        <source>An extension needs a reason (complexity or number of requests).</source>
        <translation>Een verlenging heeft een reden nodig (complexiteit of aantal verzoeken).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="180"/>
        <source>Case {case} was extended already.</source>
        <translation>Verzoek {case} is al verlengd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="186"/>
        <source>The first due date has passed; the case can no longer be extended.</source>
        <translation>De eerste uiterste datum is verstreken; het verzoek kan niet meer worden verlengd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="190"/>
        <source>The date the person was told must lie between receipt and today.</source>
        <translation>De datum waarop de persoon is ingelicht, moet tussen de ontvangst en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="206"/>
        <source>Case {case} has waited for the person already.</source>
        <translation>Verzoek {case} heeft al op de persoon gewacht.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="210"/>
        <source>The date of asking must lie between receipt and today.</source>
        <translation>De datum van de vraag moet tussen de ontvangst en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="225"/>
        <source>Case {case} is not waiting for the person.</source>
        <translation>Verzoek {case} wacht niet op de persoon.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="229"/>
        <source>The date of the answer must lie between asking and today.</source>
        <translation>De datum van het antwoord moet tussen de vraag en vandaag liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="241"/>
        <source>This case has no customer (yet).</source>
        <translation>Dit verzoek heeft (nog) geen klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="251"/>
        <source>Restriction is not one of the rights this case invokes.</source>
        <translation>Beperking is niet een van de rechten die in dit verzoek worden ingeroepen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="255"/>
        <source>Processing of this customer is restricted already.</source>
        <translation>De verwerking van deze klant is al beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="266"/>
        <source>Record how and when the person was told before lifting.</source>
        <translation>Leg vast hoe en wanneer de persoon is ingelicht voordat u de beperking opheft.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="270"/>
        <source>Processing of this customer is not restricted.</source>
        <translation>De verwerking van deze klant is niet beperkt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="287"/>
        <source>Unknown outcome &apos;{value}&apos;. Valid outcomes: {valid}.</source>
        <translation>Onbekende uitkomst &apos;{value}&apos;. Geldige uitkomsten: {valid}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="294"/>
        <source>Check the person&apos;s identity first (access, erasure and portability need it).</source>
        <translation>Controleer eerst de identiteit van de persoon (nodig voor inzage, wissen en overdraagbaarheid).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="299"/>
        <source>A (partial) refusal needs its reasons.</source>
        <translation>Een (gedeeltelijke) weigering heeft redenen nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/cases.py" line="302"/>
        <source>Tell the person of their right to complain to the Autoriteit Persoonsgegevens.</source>
        <translation>Wijs de persoon op het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="243"/>
        <location filename="../../spaceoptics_desk/services/consent.py" line="314"/>
        <source>Processing of this customer is restricted; consents cannot be changed now.</source>
        <translation>De verwerking van deze klant is beperkt; toestemmingen kunnen nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="255"/>
        <source>Read the standard wording out to the customer and confirm that you did.</source>
        <translation>Lees de standaardtekst voor aan de klant en bevestig dat u dat hebt gedaan.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/consent.py" line="320"/>
        <source>Soft opt-in needs an address obtained in a sale; this customer never ordered.</source>
        <translation>Soft opt-in vraagt een adres dat bij een verkoop is verkregen; deze klant heeft nooit besteld.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/demo_data.py" line="560"/>
        <source>The number of demo customers must be between 0 and {maximum}.</source>
        <translation>Het aantal demoklanten moet tussen 0 en {maximum} liggen.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/demo_data.py" line="566"/>
        <source>This database already holds customers; demo data needs an empty one.</source>
        <translation>Deze database bevat al klanten; demogegevens hebben een lege database nodig.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="47"/>
        <source>The field &apos;{field}&apos; may not be empty.</source>
        <translation>Het veld &apos;{field}&apos; mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="51"/>
        <source>The field &apos;{field}&apos; is too long.</source>
        <translation>Het veld &apos;{field}&apos; is te lang.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="54"/>
        <source>That is not a valid e-mail address.</source>
        <translation>Dat is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="59"/>
        <source>That is not a valid telephone number.</source>
        <translation>Dat is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="62"/>
        <source>That is a landline number; enter it as the phone number.</source>
        <translation>Dat is een vast nummer; vul het in als telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="68"/>
        <source>A house number is a number, like 151; put a letter in the addition.</source>
        <translation>Een huisnummer is een getal, zoals 151; zet een letter in de toevoeging.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="73"/>
        <source>A Dutch postcode looks like 4021 HR.</source>
        <translation>Een Nederlandse postcode ziet eruit als 4021 HR.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="96"/>
        <source>That case is not an open case of this customer.</source>
        <translation>Dat verzoek is geen openstaand verzoek van deze klant.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="100"/>
        <source>Processing of this customer is restricted; correct the data within a case.</source>
        <translation>De verwerking van deze klant is beperkt; corrigeer de gegevens binnen een verzoek.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="114"/>
        <source>This address no longer exists.</source>
        <translation>Dit adres bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="118"/>
        <source>The field &apos;{field}&apos; cannot be corrected here.</source>
        <translation>Het veld &apos;{field}&apos; kan hier niet worden gecorrigeerd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/rectification.py" line="123"/>
        <source>Someone else changed this customer meanwhile. Reopen the customer and try again.</source>
        <translation>Iemand anders heeft deze klant intussen gewijzigd. Open de klant opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/staff.py" line="26"/>
        <source>There is no active staff member &apos;{username}&apos;.</source>
        <translation>Er is geen actieve medewerker &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="13"/>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="18"/>
        <source>{path} is not a SpaceOptics Desk database; it was left untouched.</source>
        <translation>{path} is geen SpaceOptics Desk-database; het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="25"/>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>De database {path} is alleen-lezen. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="32"/>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>De database {path} is vergrendeld door een ander programma. Sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="41"/>
        <source>The database {path} was made by a newer version of SpaceOptics Desk. Install that version; this one will not change the file.</source>
        <translation>De database {path} is gemaakt door een nieuwere versie van SpaceOptics Desk. Installeer die versie; deze versie wijzigt het bestand niet.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="52"/>
        <source>The database {path} cannot be opened.</source>
        <translation>De database {path} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/store/errors.py" line="58"/>
        <source>{path} is not a kind of database this version can use; give the path of a database file.</source>
        <translation>{path} is geen soort database die deze versie kan gebruiken; geef het pad van een databasebestand.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/mailing_list.py" line="41"/>
        <source>&apos;{purpose}&apos; is not a marketing purpose that needs consent.</source>
        <translation>&apos;{purpose}&apos; is geen marketingdoel waarvoor toestemming nodig is.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/services/mailing_list.py" line="88"/>
        <source>Only the owner exports the mailing list.</source>
        <translation>Alleen de eigenaar exporteert de mailinglijst.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/mailing_export/export.py" line="48"/>
        <source>The file could not be written ({reason}); nothing was saved.</source>
        <translation>Het bestand kon niet worden geschreven ({reason}); er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="15"/>
        <source>Private customer</source>
        <translation>Particuliere klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="16"/>
        <source>Business customer</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="19"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="25"/>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="20"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="27"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="194"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="21"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="29"/>
        <source>Shop counter</source>
        <translation>Winkelbalie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="22"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="26"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="28"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="30"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="31"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="34"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="53"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="35"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="36"/>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="37"/>
        <source>Delivered</source>
        <translation>Bezorgd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="38"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="41"/>
        <source>iDEAL</source>
        <translation>iDEAL</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="42"/>
        <source>Credit card</source>
        <translation>Creditcard</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="43"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="44"/>
        <source>Bank transfer</source>
        <translation>Bankoverschrijving</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="45"/>
        <source>Debit card (PIN)</source>
        <translation>Pinpas</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="46"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="49"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="50"/>
        <source>Repair</source>
        <translation>Reparatie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="54"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="55"/>
        <source>Waiting for the customer</source>
        <translation>Wacht op de klant</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="56"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="57"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="135"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="60"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="61"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="64"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="65"/>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="66"/>
        <source>Legal obligation</source>
        <translation>Wettelijke plicht</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="67"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="68"/>
        <source>Legitimate interest (right to object)</source>
        <translation>Gerechtvaardigd belang (recht van bezwaar)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="71"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="82"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="72"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="83"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="73"/>
        <source>Never asked</source>
        <translation>Nooit gevraagd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="77"/>
        <source>Objected</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="78"/>
        <source>Objection withdrawn</source>
        <translation>Bezwaar ingetrokken</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="79"/>
        <source>No objection</source>
        <translation>Geen bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="86"/>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="87"/>
        <source>Soft opt-in (existing customer)</source>
        <translation>Soft opt-in (bestaande klant)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="88"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="101"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="111"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="91"/>
        <source>Checkbox</source>
        <translation>Vinkje</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="92"/>
        <source>Double opt-in</source>
        <translation>Dubbele opt-in</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="93"/>
        <source>Spoken</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="94"/>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="97"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="107"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="98"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="99"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="109"/>
        <source>Erasure</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="100"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="110"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="102"/>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="112"/>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="103"/>
        <source>Stop marketing</source>
        <translation>Stop marketing</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="108"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="113"/>
        <source>Marketing preferences</source>
        <translation>Marketingvoorkeuren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="116"/>
        <source>Reply goes to the e-mail address on file</source>
        <translation>Antwoord gaat naar het bekende e-mailadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="117"/>
        <source>Order number and postcode confirmed</source>
        <translation>Ordernummer en postcode bevestigd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="118"/>
        <source>Called back on the number on file</source>
        <translation>Teruggebeld op het bekende nummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="119"/>
        <source>Other (describe in the note)</source>
        <translation>Anders (beschrijf in de notitie)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="122"/>
        <source>Complied</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="123"/>
        <source>Partly refused</source>
        <translation>Gedeeltelijk geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="124"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="125"/>
        <source>Withdrawn by the person</source>
        <translation>Ingetrokken door de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="128"/>
        <source>Request received and recorded</source>
        <translation>Verzoek ontvangen en vastgelegd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="129"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="130"/>
        <source>Deadline extended</source>
        <translation>Termijn verlengd</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="131"/>
        <source>Waiting for the person</source>
        <translation>Wachten op de persoon</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="132"/>
        <source>Information received</source>
        <translation>Informatie ontvangen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="133"/>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="134"/>
        <source>Restriction lifted</source>
        <translation>Beperking opgeheven</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="138"/>
        <source>Profile, contact data and addresses</source>
        <translation>Profiel, contactgegevens en adressen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="139"/>
        <source>Orders, invoices and payments (fiscal)</source>
        <translation>Bestellingen, facturen en betalingen (fiscaal)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="140"/>
        <source>Portal account</source>
        <translation>Portaalaccount</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="141"/>
        <source>Consent events</source>
        <translation>Toestemmingsregistraties</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="142"/>
        <source>Fraud data</source>
        <translation>Fraudegegevens</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="143"/>
        <source>Customer-service contacts</source>
        <translation>Contacten met de klantenservice</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="144"/>
        <source>Requests (cases)</source>
        <translation>Verzoeken (dossiers)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="149"/>
        <source>Shop policy: kept 7 years after the last order, then erased (GDPR art. 5(1)(e)).</source>
        <translation>Winkelbeleid: 7 jaar bewaard na de laatste bestelling, daarna gewist (AVG art. 5 lid 1 sub e).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="152"/>
        <source>Tax law: 7 years from the end of the year of the document (AWR art. 52).</source>
        <translation>Belastingwet: 7 jaar na het einde van het jaar van het document (AWR art. 52).</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="155"/>
        <source>Shop policy: an account not used for 7 years is deleted.</source>
        <translation>Winkelbeleid: een account dat 7 jaar niet is gebruikt, wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="158"/>
        <source>Proof of consent (GDPR art. 7(1)); shop policy: 7 years.</source>
        <translation>Bewijs van toestemming (AVG art. 7 lid 1); winkelbeleid: 7 jaar.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="159"/>
        <source>Legitimate interest (GDPR art. 6(1)(f)): kept until the legal hold&apos;s review date.</source>
        <translation>Gerechtvaardigd belang (AVG art. 6 lid 1 sub f): bewaard tot de herbeoordelingsdatum van de juridische blokkade.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="163"/>
        <source>Customer service: kept 2 years after the contact.</source>
        <translation>Klantenservice: 2 jaar bewaard na het contact.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="164"/>
        <source>Proof of how a request was handled (GDPR art. 5(2)): 2 years after closing.</source>
        <translation>Bewijs van hoe een verzoek is afgehandeld (AVG art. 5 lid 2): 2 jaar na het sluiten.</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="169"/>
        <source>after the last order (or creation)</source>
        <translation>na de laatste bestelling (of het aanmaken)</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="170"/>
        <source>after the end of the document&apos;s year</source>
        <translation>na het einde van het jaar van het document</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="171"/>
        <source>after the last login</source>
        <translation>na de laatste keer inloggen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="172"/>
        <source>after the event</source>
        <translation>na de registratie</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="173"/>
        <source>until the legal hold&apos;s review date</source>
        <translation>tot de herbeoordelingsdatum van de juridische blokkade</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="174"/>
        <source>after the contact</source>
        <translation>na het contact</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="175"/>
        <source>after the case was closed</source>
        <translation>na het sluiten van het verzoek</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="178"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="179"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="180"/>
        <source>Delete the account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="181"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="182"/>
        <source>Review</source>
        <translation>Herbeoordelen</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="185"/>
        <source>Billing address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="186"/>
        <source>Delivery address</source>
        <translation>Bezorgadres</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="189"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="190"/>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="191"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="192"/>
        <source>Company</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="195"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="196"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="197"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="198"/>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="199"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="200"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="201"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="204"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="205"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="208"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="209"/>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../spaceoptics_desk/ui/labels.py" line="227"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
</TS>

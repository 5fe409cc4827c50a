<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Edit action or condition</source>
            <translation type="unfinished">Golygu cam gweithredu neu amod</translation>
        </message>
        <message>
            <source>Add action or condition</source>
            <translation type="unfinished">Ychwanegu cam gweithredu neu amod</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished">Problem</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Math</translation>
        </message>
        <message>
            <source>Question or condition</source>
            <translation type="unfinished">Cwestiwn neu amod</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished">Perchennog</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished">Erbyn</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation type="unfinished">Mae ganddo ddyddiad dyledus</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished">Dyddiad dyledus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Statws</translation>
        </message>
        <message>
            <source>Force's reply</source>
            <translation type="unfinished">Ateb yr heddlu</translation>
        </message>
        <message>
            <source>About question</source>
            <translation type="unfinished">Am y cwestiwn</translation>
        </message>
        <message>
            <source>Sensitive: leave out of public exports</source>
            <translation type="unfinished">Sensitif: ei adael allan o allforion cyhoeddus</translation>
        </message>
        <message>
            <source>Sensitive action</source>
            <translation type="unfinished">Cam gweithredu sensitif</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished">Heb ei gadw: %1</translation>
        </message>
        <message>
            <source>What the chief constable is asked, or the condition set</source>
            <translation type="unfinished">Beth a ofynnir i'r prif gwnstabl, neu'r amod a osodwyd</translation>
        </message>
        <message>
            <source>Who must act, e.g. Head of Information Management</source>
            <translation type="unfinished">Pwy sy'n gorfod gweithredu, e.e. Pennaeth Rheoli Gwybodaeth</translation>
        </message>
        <message>
            <source>The force's reply, when it comes</source>
            <translation type="unfinished">Ateb yr heddlu, pan ddaw</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished">Cadw</translation>
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished">Ychwanegu</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">&amp;Math:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation type="unfinished">&amp;Testun:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation type="unfinished">&amp;Perchennog:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation type="unfinished">Dyledus:</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation type="unfinished">&amp;Am:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished">&amp;Statws:</translation>
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation type="unfinished">&amp;Ateb:</translation>
        </message>
        <message>
            <source>Still needed: the question or condition itself.</source>
            <translation type="unfinished">Angen o hyd: y cwestiwn neu'r amod ei hun.</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsController</name>
        <message>
            <source>Action not added</source>
            <translation type="unfinished">Ni ychwanegwyd y cam gweithredu</translation>
        </message>
        <message>
            <source>Action not saved</source>
            <translation type="unfinished">Ni chadwyd y cam gweithredu</translation>
        </message>
        <message>
            <source>%1 saved</source>
            <translation type="unfinished">Cadwyd %1</translation>
        </message>
        <message>
            <source>Actions not read</source>
            <translation type="unfinished">Ni ddarllenwyd y camau gweithredu</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsModel</name>
        <message>
            <source>No date</source>
            <translation type="unfinished">Dim dyddiad</translation>
        </message>
        <message>
            <source>%1 (sensitive)</source>
            <translation type="unfinished">%1 (sensitif)</translation>
        </message>
        <message>
            <source>No reply yet</source>
            <translation type="unfinished">Dim ateb eto</translation>
        </message>
        <message>
            <source>About question %1</source>
            <translation type="unfinished">Am gwestiwn %1</translation>
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished">Cyffredinol</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsPage</name>
        <message>
            <source>Actions and conditions</source>
            <translation type="unfinished">Camau gweithredu ac amodau</translation>
        </message>
        <message>
            <source>Add action or condition…</source>
            <translation type="unfinished">Ychwanegu cam gweithredu neu amod…</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation type="unfinished">Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <source>Edit or record reply…</source>
            <translation type="unfinished">Golygu neu gofnodi ateb…</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation type="unfinished">Golygu cam gweithredu</translation>
        </message>
        <message>
            <source>Show actions</source>
            <translation type="unfinished">Dangos camau gweithredu</translation>
        </message>
        <message>
            <source>%1 in all, %2 open</source>
            <translation type="unfinished">%1 i gyd, %2 ar agor</translation>
        </message>
        <message>
            <source>%1, %2 overdue</source>
            <translation type="unfinished">%1, %2 yn hwyr</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation type="unfinished">&amp;Dangos:</translation>
        </message>
        <message>
            <source>Actions and co&amp;nditions:</source>
            <translation type="unfinished">Camau gweithredu ac &amp;amodau:</translation>
        </message>
    </context>
    <context>
        <name>AttentionStrip</name>
        <message>
            <source>&lt;b&gt;Scrutinies needing attention:&lt;/b&gt;</source>
            <translation type="unfinished">&lt;b&gt;Craffu sydd angen sylw:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Scrutinies needing attention: %1</source>
            <translation type="unfinished">Craffu sydd angen sylw: %1</translation>
        </message>
    </context>
    <context>
        <name>BundleConflictDialog</name>
        <message>
            <source>Bundle not imported: conflicts</source>
            <translation type="unfinished">Ni fewnforiwyd y bwndel: gwrthdaro</translation>
        </message>
        <message>
            <source>Bundle conflicts</source>
            <translation type="unfinished">Gwrthdaro yn y bwndel</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished">Gwrthdaro</translation>
        </message>
        <message>
            <source>Selected conflict in full</source>
            <translation type="unfinished">Y gwrthdaro a ddewiswyd yn llawn</translation>
        </message>
        <message>
            <source>Keep for %1</source>
            <translation type="unfinished">Cadw ar gyfer %1</translation>
        </message>
        <message>
            <source>%1

This record%2:
%3

The bundle%4:
%5</source>
            <translation type="unfinished">%1

Y cofnod hwn%2:
%3

Y bwndel%4:
%5</translation>
        </message>
        <message>
            <source>Keep all of this record's</source>
            <translation type="unfinished">Cadw popeth o'r cofnod hwn</translation>
        </message>
        <message>
            <source>Keep all ours</source>
            <translation type="unfinished">Cadw ein rhai ni i gyd</translation>
        </message>
        <message>
            <source>Take all of the bundle's</source>
            <translation type="unfinished">Cymryd popeth o'r bwndel</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation type="unfinished">Cymryd eu rhai nhw i gyd</translation>
        </message>
        <message>
            <source>&amp;Import with these choices</source>
            <translation type="unfinished">&amp;Mewnforio gyda'r dewisiadau hyn</translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished">Mewnforio</translation>
        </message>
        <message>
            <source>Import as a separate &amp;copy</source>
            <translation type="unfinished">Mewnforio fel &amp;copi ar wahân</translation>
        </message>
        <message>
            <source>Import as copy</source>
            <translation type="unfinished">Mewnforio fel copi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Canslo</translation>
        </message>
    </context>
    <context>
        <name>BundleImportConfirmation</name>
        <message>
            <source>Import a scrutiny bundle</source>
            <translation type="unfinished">Mewnforio bwndel craffu</translation>
        </message>
        <message>
            <source>Import %1?</source>
            <translation type="unfinished">Mewnforio %1?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished">Mewnforio</translation>
        </message>
        <message>
            <source>Import the bundle</source>
            <translation type="unfinished">Mewnforio'r bwndel</translation>
        </message>
    </context>
    <context>
        <name>ChecklistController</name>
        <message>
            <source>Cannot open the scrutiny</source>
            <translation type="unfinished">Methu agor y craffu</translation>
        </message>
        <message>
            <source>%1 of %2 overall</source>
            <translation type="unfinished">%1 o %2 i gyd</translation>
        </message>
        <message>
            <source>Answer not saved</source>
            <translation type="unfinished">Ni chadwyd yr ateb</translation>
        </message>
        <message>
            <source>Red flag: a critical question that is not met counts as Red</source>
            <translation type="unfinished">Baner goch: mae cwestiwn allweddol heb ei fodloni yn cyfrif fel Coch</translation>
        </message>
        <message>
            <source>“%1” is left out of the theme's rating</source>
            <translation type="unfinished">Mae “%1” yn cael ei adael allan o sgôr y thema</translation>
        </message>
        <message>
            <source>“%1” counts as %2</source>
            <translation type="unfinished">Mae “%1” yn cyfrif fel %2</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Red flag, inconsistent</source>
            <translation type="unfinished">Baner goch, anghyson</translation>
        </message>
        <message>
            <source>Inconsistent</source>
            <translation type="unfinished">Anghyson</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation type="unfinished">Baner goch</translation>
        </message>
        <message>
            <source>No red flag</source>
            <translation type="unfinished">Dim baner goch</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <source>Readiness</source>
            <translation type="unfinished">Parodrwydd</translation>
        </message>
        <message>
            <source>Themes and questions</source>
            <translation type="unfinished">Themâu a chwestiynau</translation>
        </message>
        <message>
            <source>Current theme</source>
            <translation type="unfinished">Thema gyfredol</translation>
        </message>
        <message>
            <source>Show only</source>
            <translation type="unfinished">Dangos dim ond</translation>
        </message>
        <message>
            <source>Checklist, evidence register, actions</source>
            <translation type="unfinished">Rhestr wirio, cofrestr dystiolaeth, camau gweithredu</translation>
        </message>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
            <translation type="unfinished">&lt;h2&gt;%1&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation type="unfinished">Cam: %1</translation>
        </message>
        <message>
            <source>Marking: %1</source>
            <translation type="unfinished">Marc diogelu: %1</translation>
        </message>
        <message>
            <source>Supplier: %1</source>
            <translation type="unfinished">Cyflenwr: %1</translation>
        </message>
        <message>
            <source>Critical questions still unanswered or unknown: </source>
            <translation type="unfinished">Cwestiynau allweddol sy'n dal heb eu hateb neu'n anhysbys: </translation>
        </message>
        <message>
            <source>No decision recorded yet</source>
            <translation type="unfinished">Dim penderfyniad wedi ei gofnodi eto</translation>
        </message>
        <message>
            <source>Latest decision: &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
            <translation type="unfinished">Penderfyniad diweddaraf: &lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
        </message>
        <message>
            <source>%1  ·  question %2 of %3</source>
            <translation type="unfinished">%1  ·  cwestiwn %2 o %3</translation>
        </message>
        <message>
            <source>Evidence register (%1)</source>
            <translation type="unfinished">Cofrestr dystiolaeth (%1)</translation>
        </message>
        <message>
            <source>Actions and conditions (%1 open, %2 overdue)</source>
            <translation type="unfinished">Camau gweithredu ac amodau (%1 ar agor, %2 yn hwyr)</translation>
        </message>
        <message>
            <source>Actions and conditions (%1 open)</source>
            <translation type="unfinished">Camau gweithredu ac amodau (%1 ar agor)</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished">Rhestr wirio</translation>
        </message>
        <message>
            <source>Evidence register</source>
            <translation type="unfinished">Cofrestr dystiolaeth</translation>
        </message>
        <message>
            <source>Actions and conditions</source>
            <translation type="unfinished">Camau gweithredu ac amodau</translation>
        </message>
        <message>
            <source>Show on&amp;ly:</source>
            <translation type="unfinished">Dangos &amp;dim ond:</translation>
        </message>
        <message>
            <source>&amp;Themes and questions:</source>
            <translation type="unfinished">&amp;Themâu a chwestiynau:</translation>
        </message>
    </context>
    <context>
        <name>ConditionList</name>
        <message>
            <source>Add condition</source>
            <translation type="unfinished">Ychwanegu amod</translation>
        </message>
        <message>
            <source>Add co&amp;ndition</source>
            <translation type="unfinished">&amp;Ychwanegu amod</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>What the force must do, e.g. publish the watchlist criteria before any further deployment</source>
            <translation type="unfinished">Beth mae'n rhaid i'r heddlu ei wneud, e.e. cyhoeddi meini prawf y rhestr wylio cyn unrhyw ddefnydd pellach</translation>
        </message>
        <message>
            <source>Questions resolved</source>
            <translation type="unfinished">Cwestiynau a ddatryswyd</translation>
        </message>
        <message>
            <source>&amp;Questions…</source>
            <translation type="unfinished">&amp;Cwestiynau…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished">Tynnu</translation>
        </message>
        <message>
            <source>Condition %1</source>
            <translation type="unfinished">Amod %1</translation>
        </message>
        <message>
            <source>Choose the questions condition %1 resolves</source>
            <translation type="unfinished">Dewiswch y cwestiynau y mae amod %1 yn eu datrys</translation>
        </message>
        <message>
            <source>Remove condition %1</source>
            <translation type="unfinished">Tynnu amod %1</translation>
        </message>
        <message>
            <source>Resolves: </source>
            <translation type="unfinished">Yn datrys: </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Type a date, e.g. 20 March 2025.</source>
            <translation type="unfinished">Teipiwch ddyddiad, e.e. 20 Mawrth 2025.</translation>
        </message>
        <message>
            <source>Type the day too, e.g. 20 March 2025.</source>
            <translation type="unfinished">Teipiwch y diwrnod hefyd, e.e. 20 Mawrth 2025.</translation>
        </message>
        <message>
            <source>“%1” is not a month the app knows. Write the month in full, e.g. 20 March 2025, or as a number, e.g. 20/03/2025.</source>
            <translation type="unfinished">Nid yw “%1” yn fis y mae'r ap yn ei adnabod. Ysgrifennwch y mis yn llawn, e.e. 20 Mawrth 2025, neu fel rhif, e.e. 20/03/2025.</translation>
        </message>
        <message>
            <source>Type a year from %1 to %2, e.g. 20 March 2025.</source>
            <translation type="unfinished">Teipiwch flwyddyn o %1 i %2, e.e. 20 Mawrth 2025.</translation>
        </message>
        <message>
            <source>There is no month %1: type the day first, then the month, e.g. 20/03/2025.</source>
            <translation type="unfinished">Nid oes mis %1: teipiwch y diwrnod yn gyntaf, yna'r mis, e.e. 20/03/2025.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is not a real date: %2 %3 has %n day(s).</source>
            <translation type="unfinished">
                <numerusform>Nid yw %1 yn ddyddiad go iawn: mae gan %2 %3 %n diwrnod.</numerusform>
                <numerusform>Nid yw %1 yn ddyddiad go iawn: mae gan %2 %3 %n diwrnod.</numerusform>
                <numerusform>Nid yw %1 yn ddyddiad go iawn: mae gan %2 %3 %n diwrnod.</numerusform>
                <numerusform>Nid yw %1 yn ddyddiad go iawn: mae gan %2 %3 %n diwrnod.</numerusform>
                <numerusform>Nid yw %1 yn ddyddiad go iawn: mae gan %2 %3 %n diwrnod.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not a date the app can read. Type it as 20 March 2025, 20/03/2025 or 2025-03-20.</source>
            <translation type="unfinished">Nid yw “%1” yn ddyddiad y gall yr ap ei ddarllen. Teipiwch ef fel 20 Mawrth 2025, 20/03/2025 neu 2025-03-20.</translation>
        </message>
        <message>
            <source>e.g. 20 March 2025</source>
            <translation type="unfinished">e.e. 20 Mawrth 2025</translation>
        </message>
        <message>
            <source>Type a date as 20 March 2025, 20/03/2025 or 2025-03-20. Alt+Down opens a calendar; Up and Down change the day, Page Up and Page Down the month.</source>
            <translation type="unfinished">Teipiwch ddyddiad fel 20 Mawrth 2025, 20/03/2025 neu 2025-03-20. Mae Alt+Saeth i lawr yn agor calendr; mae Saeth i fyny a Saeth i lawr yn newid y diwrnod, Page Up a Page Down y mis.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished">Calendr</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation type="unfinished">Dewis o galendr</translation>
        </message>
    </context>
    <context>
        <name>DecisionController</name>
        <message>
            <source>Decision not recorded</source>
            <translation type="unfinished">Ni chofnodwyd y penderfyniad</translation>
        </message>
        <message>
            <source>Already opening or saving: wait a moment.</source>
            <translation type="unfinished">Eisoes yn agor neu'n cadw: arhoswch eiliad.</translation>
        </message>
        <message>
            <source>Decision history not shown</source>
            <translation type="unfinished">Ni ddangoswyd hanes y penderfyniadau</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Record decision</source>
            <translation type="unfinished">Cofnodi penderfyniad</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished">Problem</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished">Swyddogaeth</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation type="unfinished">Yn disodli</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Canlyniad</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished">Rhesymeg</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished">Penderfynwyd gan</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation type="unfinished">Rheswm dros ddiystyru</translation>
        </message>
        <message>
            <source>Set a re&amp;view date</source>
            <translation type="unfinished">Gosod dyddiad &amp;adolygu</translation>
        </message>
        <message>
            <source>Set a review date</source>
            <translation type="unfinished">Gosod dyddiad adolygu</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished">Dyddiad adolygu</translation>
        </message>
        <message>
            <source>Supersedes %1</source>
            <translation type="unfinished">Yn disodli %1</translation>
        </message>
        <message>
            <source>Choose the earlier decision this one replaces; it stays in the record, marked as superseded.</source>
            <translation type="unfinished">Dewiswch y penderfyniad cynharach y mae hwn yn ei ddisodli; mae'n aros yn y cofnod, wedi ei nodi fel un a ddisodlwyd.</translation>
        </message>
        <message>
            <source>Decision on: %1

</source>
            <translation type="unfinished">Penderfyniad ar: %1

</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not recorded:&lt;/b&gt; %1</source>
            <translation type="unfinished">&lt;b&gt;Heb ei gofnodi:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Choose the outcome</source>
            <translation type="unfinished">Dewiswch y canlyniad</translation>
        </message>
        <message>
            <source>Why the panel reached this outcome</source>
            <translation type="unfinished">Pam y daeth y panel i'r canlyniad hwn</translation>
        </message>
        <message>
            <source>e.g. Ethics panel (chair: A. Person), or the office</source>
            <translation type="unfinished">e.e. Panel moeseg (cadeirydd: A. Person), neu'r swyddfa</translation>
        </message>
        <message>
            <source>Decision %1 (record entry #%2): %3 (%4, %5, %6)</source>
            <translation type="unfinished">Penderfyniad %1 (cofnod #%2): %3 (%4, %5, %6)</translation>
        </message>
        <message>
            <source>Standing 'must' flags</source>
            <translation type="unfinished">Baneri 'rhaid' sy'n sefyll</translation>
        </message>
        <message>
            <source>Choose a review date after today.</source>
            <translation type="unfinished">Dewiswch ddyddiad adolygu ar ôl heddiw.</translation>
        </message>
        <message>
            <source>C&amp;apacity:</source>
            <translation type="unfinished">S&amp;wyddogaeth:</translation>
        </message>
        <message>
            <source>Re&amp;places:</source>
            <translation type="unfinished">Yn &amp;disodli:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation type="unfinished">&amp;Canlyniad:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation type="unfinished">&amp;Rhesymeg:</translation>
        </message>
        <message>
            <source>&amp;Decided by:</source>
            <translation type="unfinished">&amp;Penderfynwyd gan:</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation type="unfinished">Amodau:</translation>
        </message>
        <message>
            <source>Overr&amp;ide reason:</source>
            <translation type="unfinished">Rheswm dros dd&amp;iystyru:</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation type="unfinished">Adolygu:</translation>
        </message>
        <message>
            <source>Decision details</source>
            <translation type="unfinished">Manylion y penderfyniad</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="unfinished">canlyniad</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation type="unfinished">rhesymeg</translation>
        </message>
        <message>
            <source>who decided</source>
            <translation type="unfinished">pwy a benderfynodd</translation>
        </message>
        <message>
            <source>at least one condition</source>
            <translation type="unfinished">o leiaf un amod</translation>
        </message>
        <message>
            <source>Still needed: %1.</source>
            <translation type="unfinished">Angen o hyd: %1.</translation>
        </message>
        <message>
            <source>Support is time-limited: choose a review date after today and no later than %1. The dashboard shows the approval as lapsed once the date has passed.</source>
            <translation type="unfinished">Mae cefnogaeth wedi ei chyfyngu o ran amser: dewiswch ddyddiad adolygu ar ôl heddiw a dim hwyrach na %1. Mae'r dangosfwrdd yn dangos bod y gymeradwyaeth wedi dod i ben unwaith y bydd y dyddiad wedi mynd heibio.</translation>
        </message>
        <message>
            <source>Choose a review date no later than %1: support is time-limited.</source>
            <translation type="unfinished">Dewiswch ddyddiad adolygu heb fod yn hwyrach na %1: mae cefnogaeth yn gyfyngedig o ran amser.</translation>
        </message>
        <message>
            <source>a condition naming %1</source>
            <translation type="unfinished">amod sy'n enwi %1</translation>
        </message>
        <message numerus="yes">
            <source>Standing 'must' flags (%n): support cannot be recorded while they stand; support with conditions needs a condition naming each of them.</source>
            <translation type="unfinished">
                <numerusform>Baneri 'rhaid' sy'n sefyll (%n): ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogaeth gydag amodau angen amod sy'n enwi pob un ohonynt.</numerusform>
                <numerusform>Baneri 'rhaid' sy'n sefyll (%n): ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogaeth gydag amodau angen amod sy'n enwi pob un ohonynt.</numerusform>
                <numerusform>Baneri 'rhaid' sy'n sefyll (%n): ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogaeth gydag amodau angen amod sy'n enwi pob un ohonynt.</numerusform>
                <numerusform>Baneri 'rhaid' sy'n sefyll (%n): ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogaeth gydag amodau angen amod sy'n enwi pob un ohonynt.</numerusform>
                <numerusform>Baneri 'rhaid' sy'n sefyll (%n): ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogaeth gydag amodau angen amod sy'n enwi pob un ohonynt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionHistoryDialog</name>
        <message>
            <source>Decision history</source>
            <translation type="unfinished">Hanes penderfyniadau</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished">Penderfyniadau</translation>
        </message>
        <message>
            <source>Superseded decisions are struck through</source>
            <translation type="unfinished">Mae penderfyniadau a ddisodlwyd wedi eu croesi allan</translation>
        </message>
        <message>
            <source>Decision details</source>
            <translation type="unfinished">Manylion y penderfyniad</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;Every decision stays in the record. A decision is never edited: a later one supersedes it, and the earlier one is struck through.</source>
            <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;Mae pob penderfyniad yn aros yn y cofnod. Nid yw penderfyniad byth yn cael ei olygu: mae un diweddarach yn ei ddisodli, a chaiff yr un cynharach ei groesi allan.</translation>
        </message>
        <message>
            <source>&amp;Decisions:</source>
            <translation type="unfinished">&amp;Penderfyniadau:</translation>
        </message>
        <message>
            <source>De&amp;tails:</source>
            <translation type="unfinished">&amp;Manylion:</translation>
        </message>
        <message>
            <source>No decision has been recorded yet.</source>
            <translation type="unfinished">Nid oes penderfyniad wedi ei gofnodi eto.</translation>
        </message>
    </context>
    <context>
        <name>DecisionHistoryModel</name>
        <message>
            <source>None set</source>
            <translation type="unfinished">Dim wedi ei osod</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>DEMONSTRATION — example data in a record of its own, deleted when this window closes. Nothing here is your office's work.</source>
            <translation type="unfinished">ARDDANGOSIAD — data enghreifftiol mewn cofnod ar wahân, a gaiff ei ddileu pan fydd y ffenestr hon yn cau. Nid oes dim yma yn waith eich swyddfa.</translation>
        </message>
        <message>
            <source>%1 — DEMONSTRATION</source>
            <translation type="unfinished">%1 — ARDDANGOSIAD</translation>
        </message>
    </context>
    <context>
        <name>EvidenceController</name>
        <message>
            <source>Evidence not added</source>
            <translation type="unfinished">Ni ychwanegwyd y dystiolaeth</translation>
        </message>
        <message>
            <source>Adding the evidence…</source>
            <translation type="unfinished">Yn ychwanegu'r dystiolaeth…</translation>
        </message>
        <message>
            <source>Evidence not saved</source>
            <translation type="unfinished">Ni chadwyd y dystiolaeth</translation>
        </message>
        <message>
            <source>Saving the evidence…</source>
            <translation type="unfinished">Yn cadw'r dystiolaeth…</translation>
        </message>
        <message>
            <source>Evidence not withdrawn</source>
            <translation type="unfinished">Ni thynnwyd y dystiolaeth yn ôl</translation>
        </message>
        <message>
            <source>Withdrawing the evidence…</source>
            <translation type="unfinished">Yn tynnu'r dystiolaeth yn ôl…</translation>
        </message>
        <message>
            <source>File not opened</source>
            <translation type="unfinished">Ni agorwyd y ffeil</translation>
        </message>
        <message>
            <source>No program could open:
%1</source>
            <translation type="unfinished">Ni allai unrhyw raglen agor:
%1</translation>
        </message>
        <message>
            <source>Evidence saved: %1</source>
            <translation type="unfinished">Cadwyd y dystiolaeth: %1</translation>
        </message>
        <message>
            <source>Evidence register not read</source>
            <translation type="unfinished">Ni ddarllenwyd y gofrestr dystiolaeth</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Edit evidence</source>
            <translation type="unfinished">Golygu tystiolaeth</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation type="unfinished">Ychwanegu tystiolaeth</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished">Problem</translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Teitl</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Math</translation>
        </message>
        <message>
            <source>Reference or version</source>
            <translation type="unfinished">Cyfeirnod neu fersiwn</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">Disgrifiad</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation type="unfinished">Dyddiedig</translation>
        </message>
        <message>
            <source>Document has a date</source>
            <translation type="unfinished">Mae dyddiad ar y ddogfen</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation type="unfinished">Dyddiad y ddogfen</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation type="unfinished">Derbyniwyd ar</translation>
        </message>
        <message>
            <source>Date received is known</source>
            <translation type="unfinished">Mae'r dyddiad derbyn yn hysbys</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation type="unfinished">Dyddiad derbyn</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation type="unfinished">Ffeil atodedig</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation type="unfinished">Atodi ffeil…</translation>
        </message>
        <message>
            <source>Attach file</source>
            <translation type="unfinished">Atodi ffeil</translation>
        </message>
        <message>
            <source>Find a question</source>
            <translation type="unfinished">Dod o hyd i gwestiwn</translation>
        </message>
        <message>
            <source>Questions this evidence bears on</source>
            <translation type="unfinished">Cwestiynau y mae'r dystiolaeth hon yn berthnasol iddynt</translation>
        </message>
        <message>
            <source>Sensitive: leave out of public exports</source>
            <translation type="unfinished">Sensitif: ei adael allan o allforion cyhoeddus</translation>
        </message>
        <message>
            <source>Sensitive evidence</source>
            <translation type="unfinished">Tystiolaeth sensitif</translation>
        </message>
        <message>
            <source>Attached file: %1</source>
            <translation type="unfinished">Ffeil atodedig: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished">Heb ei gadw: %1</translation>
        </message>
        <message>
            <source>e.g. Data protection impact assessment</source>
            <translation type="unfinished">e.e. Asesiad o'r effaith ar ddiogelu data</translation>
        </message>
        <message>
            <source>The force's reference and version, e.g. DPIA v5.4</source>
            <translation type="unfinished">Cyfeirnod a fersiwn yr heddlu, e.e. AEDD f5.4</translation>
        </message>
        <message>
            <source>What it is and what it shows</source>
            <translation type="unfinished">Beth ydyw a beth mae'n ei ddangos</translation>
        </message>
        <message>
            <source>The date received cannot be after today: give the day the force sent it.</source>
            <translation type="unfinished">Ni all y dyddiad derbyn fod ar ôl heddiw: rhowch y diwrnod yr anfonodd yr heddlu ef.</translation>
        </message>
        <message>
            <source>Type a key or words to narrow the list</source>
            <translation type="unfinished">Teipiwch allwedd neu eiriau i gyfyngu'r rhestr</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished">Cadw</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished">&amp;Teitl:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">&amp;Math:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation type="unfinished">&amp;Cyfeirnod:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished">&amp;Disgrifiad:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation type="unfinished">Dyddiadau:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished">Ffeil:</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation type="unfinished">C&amp;westiynau:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>The date received is before the document's own date: check both dates.</source>
            <translation type="unfinished">Mae'r dyddiad derbyn cyn dyddiad y ddogfen ei hun: gwiriwch y ddau ddyddiad.</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation type="unfinished">Heb ei gysylltu eto</translation>
        </message>
        <message>
            <source>Still needed: a title.</source>
            <translation type="unfinished">Angen o hyd: teitl.</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n question(s): %1</source>
            <translation type="unfinished">
                <numerusform>Wedi'i gysylltu â %n cwestiwn: %1</numerusform>
                <numerusform>Wedi'i gysylltu â %n cwestiwn: %1</numerusform>
                <numerusform>Wedi'i gysylltu â %n cwestiwn: %1</numerusform>
                <numerusform>Wedi'i gysylltu â %n cwestiwn: %1</numerusform>
                <numerusform>Wedi'i gysylltu â %n cwestiwn: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>Evidence register</source>
            <translation type="unfinished">Cofrestr dystiolaeth</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation type="unfinished">Ychwanegu tystiolaeth…</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation type="unfinished">Ychwanegu tystiolaeth</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished">Golygu…</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation type="unfinished">Golygu tystiolaeth</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation type="unfinished">Agor ffeil</translation>
        </message>
        <message>
            <source>Open attached file</source>
            <translation type="unfinished">Agor y ffeil atodedig</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation type="unfinished">Tynnu'n ôl…</translation>
        </message>
        <message>
            <source>Withdraw evidence, giving the reason</source>
            <translation type="unfinished">Tynnu tystiolaeth yn ôl, gan roi'r rheswm</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished">%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n with a file attached</source>
            <translation type="unfinished">
                <numerusform>%n â ffeil ynghlwm</numerusform>
                <numerusform>%n â ffeil ynghlwm</numerusform>
                <numerusform>%n â ffeil ynghlwm</numerusform>
                <numerusform>%n â ffeil ynghlwm</numerusform>
                <numerusform>%n â ffeil ynghlwm</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation type="unfinished">%1; %2</translation>
        </message>
        <message numerus="yes">
            <source>%n not linked to any question</source>
            <translation type="unfinished">
                <numerusform>%n heb gysylltiad ag unrhyw gwestiwn</numerusform>
                <numerusform>%n heb gysylltiad ag unrhyw gwestiwn</numerusform>
                <numerusform>%n heb gysylltiad ag unrhyw gwestiwn</numerusform>
                <numerusform>%n heb gysylltiad ag unrhyw gwestiwn</numerusform>
                <numerusform>%n heb gysylltiad ag unrhyw gwestiwn</numerusform>
            </translation>
        </message>
        <message>
            <source>Evidence &amp;register:</source>
            <translation type="unfinished">&amp;Cofrestr dystiolaeth:</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Ethics Scrutiny will close when the file is saved.</source>
            <translation type="unfinished">Bydd Ethics Scrutiny yn cau pan fydd y ffeil wedi'i chadw.</translation>
        </message>
        <message>
            <source>Writing the %1…</source>
            <translation type="unfinished">Yn ysgrifennu'r %1…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished">Yn canslo…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished">Cadwyd %1</translation>
        </message>
        <message>
            <source>The %1 was saved to:
%2

Its SHA-256, now held in the decision record (entry %3):
%4</source>
            <translation type="unfinished">Cadwyd yr %1 yn:
%2

Ei SHA-256, sydd bellach yng nghofnod y penderfyniadau (cofnod %3):
%4</translation>
        </message>
        <message>
            <source>Report saved, with a warning</source>
            <translation type="unfinished">Cadwyd yr adroddiad, gyda rhybudd</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation type="unfinished">Cadwyd yr adroddiad</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written</source>
            <translation type="unfinished">Canslwyd yr allforio; ni ysgrifennwyd unrhyw ffeil</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation type="unfinished">Ni chadwyd yr adroddiad</translation>
        </message>
    </context>
    <context>
        <name>ExportOptionsDialog</name>
        <message>
            <source>Export the %1</source>
            <translation type="unfinished">Allforio'r %1</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation type="unfinished">Paratowyd gan</translation>
        </message>
        <message>
            <source>Your name, as the cover should give it</source>
            <translation type="unfinished">Eich enw, fel y dylai'r clawr ei roi</translation>
        </message>
        <message>
            <source>Add the guidance &amp;appendix (guidance, sources and red-flag criteria for every question; many more pages)</source>
            <translation type="unfinished">Ychwanegu'r &amp;atodiad canllawiau (canllawiau, ffynonellau a meini prawf baner goch ar gyfer pob cwestiwn; llawer mwy o dudalennau)</translation>
        </message>
        <message>
            <source>Add the guidance appendix</source>
            <translation type="unfinished">Ychwanegu'r atodiad canllawiau</translation>
        </message>
        <message>
            <source>&amp;Prepared by:</source>
            <translation type="unfinished">&amp;Paratowyd gan:</translation>
        </message>
        <message>
            <source>&amp;Sign with the office's key (readers can check who issued it and that it is unaltered)</source>
            <translation type="unfinished">&amp;Llofnodi ag allwedd y swyddfa (gall darllenwyr wirio pwy a'i cyhoeddodd a'i fod heb ei newid)</translation>
        </message>
        <message>
            <source>Sign with the office's key</source>
            <translation type="unfinished">Llofnodi ag allwedd y swyddfa</translation>
        </message>
        <message>
            <source>The PDF is a print copy: PDF files cannot be tagged for screen readers. Publish or send the accessible HTML version (File &gt; Export accessible HTML) alongside it.</source>
            <translation type="unfinished">Copi i'w argraffu yw'r PDF: ni ellir tagio ffeiliau PDF ar gyfer darllenwyr sgrin. Cyhoeddwch neu anfonwch y fersiwn HTML hygyrch (Ffeil &gt; Allforio HTML hygyrch) gydag ef.</translation>
        </message>
        <message>
            <source>The HTML file is the accessible version, for screen readers.</source>
            <translation type="unfinished">Y ffeil HTML yw'r fersiwn hygyrch, ar gyfer darllenwyr sgrin.</translation>
        </message>
        <message>
            <source>An editable copy, with the same content as the PDF.</source>
            <translation type="unfinished">Copi y gellir ei olygu, gyda'r un cynnwys â'r PDF.</translation>
        </message>
    </context>
    <context>
        <name>FrameworkCoverageDialog</name>
        <message>
            <source>Framework coverage: %1</source>
            <translation type="unfinished">Cwmpas y fframweithiau: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
    </context>
    <context>
        <name>FrameworkCoverageView</name>
        <message>
            <source>Framework coverage</source>
            <translation type="unfinished">Cwmpas y fframweithiau</translation>
        </message>
    </context>
    <context>
        <name>GoToQuestionDialog</name>
        <message>
            <source>Go to question</source>
            <translation type="unfinished">Mynd i gwestiwn</translation>
        </message>
        <message>
            <source>Question key or words</source>
            <translation type="unfinished">Allwedd neu eiriau'r cwestiwn</translation>
        </message>
        <message>
            <source>A key such as DR-01, or words from the question</source>
            <translation type="unfinished">Allwedd fel DR-01, neu eiriau o'r cwestiwn</translation>
        </message>
        <message>
            <source>Matching questions</source>
            <translation type="unfinished">Cwestiynau sy'n cyfateb</translation>
        </message>
        <message>
            <source>&amp;Go to question</source>
            <translation type="unfinished">&amp;Mynd i'r cwestiwn</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished">&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Matching questions: %1</source>
            <translation type="unfinished">Cwestiynau sy'n cyfateb: %1</translation>
        </message>
        <message>
            <source>No question matches. Try a key or other words.</source>
            <translation type="unfinished">Nid oes cwestiwn yn cyfateb. Rhowch gynnig ar allwedd neu eiriau eraill.</translation>
        </message>
    </context>
    <context>
        <name>HelpController</name>
        <message>
            <source>Guide</source>
            <translation type="unfinished">Canllaw</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <source>About Ethics Scrutiny</source>
            <translation type="unfinished">Ynghylch Ethics Scrutiny</translation>
        </message>
    </context>
    <context>
        <name>LevelBadge</name>
        <message>
            <source>Not screened</source>
            <translation type="unfinished">Heb ei sgrinio</translation>
        </message>
        <message>
            <source>Impact level %1</source>
            <translation type="unfinished">Lefel effaith %1</translation>
        </message>
        <message>
            <source>Impact level %1 of %2</source>
            <translation type="unfinished">Lefel effaith %1 o %2</translation>
        </message>
        <message>
            <source>Because:</source>
            <translation type="unfinished">Oherwydd:</translation>
        </message>
        <message>
            <source>• %1</source>
            <translation type="unfinished">• %1</translation>
        </message>
        <message>
            <source>Level lowered because: %1</source>
            <translation type="unfinished">Gostyngwyd y lefel oherwydd: %1</translation>
        </message>
        <message>
            <source>Scrutiny ▸ Screening… to change it</source>
            <translation type="unfinished">Craffu ▸ Sgrinio… i'w newid</translation>
        </message>
    </context>
    <context>
        <name>LevelPanel</name>
        <message>
            <source>Impact level</source>
            <translation type="unfinished">Lefel effaith</translation>
        </message>
        <message>
            <source>What the level asks</source>
            <translation type="unfinished">Beth mae'r lefel yn ei ofyn</translation>
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished">Pam</translation>
        </message>
        <message>
            <source>Impact level %1 of %2</source>
            <translation type="unfinished">Lefel effaith %1 o %2</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation type="unfinished">%1 hyd yma</translation>
        </message>
        <message>
            <source>Impact level not set yet</source>
            <translation type="unfinished">Nid yw'r lefel effaith wedi'i gosod eto</translation>
        </message>
        <message>
            <source>Without a screening there is no impact level, so the checklist asks every question of the core and its modules. You can screen it later (Scrutiny ▸ Screening…).</source>
            <translation type="unfinished">Heb sgrinio nid oes lefel effaith, felly mae'r rhestr wirio'n gofyn pob cwestiwn yn y craidd a'i fodiwlau. Gallwch ei sgrinio'n ddiweddarach (Craffu ▸ Sgrinio…).</translation>
        </message>
        <message>
            <source>Impact level cannot be worked out</source>
            <translation type="unfinished">Ni ellir cyfrifo'r lefel effaith</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished">%1 — %2</translation>
        </message>
        <message>
            <source>No answer raises the level above the lowest.</source>
            <translation type="unfinished">Nid oes ateb yn codi'r lefel uwchlaw'r isaf.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Because:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
            <translation type="unfinished">&lt;b&gt;Oherwydd:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Answer the %n screening question(s) to set it, or start without screening.</source>
            <translation type="unfinished">
                <numerusform>Atebwch y %n cwestiwn sgrinio i'w gosod, neu dechreuwch heb sgrinio.</numerusform>
                <numerusform>Atebwch y %n cwestiwn sgrinio i'w gosod, neu dechreuwch heb sgrinio.</numerusform>
                <numerusform>Atebwch y %n cwestiwn sgrinio i'w gosod, neu dechreuwch heb sgrinio.</numerusform>
                <numerusform>Atebwch y %n cwestiwn sgrinio i'w gosod, neu dechreuwch heb sgrinio.</numerusform>
                <numerusform>Atebwch y %n cwestiwn sgrinio i'w gosod, neu dechreuwch heb sgrinio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 Each unanswered question counts as its least intrusive option (%n left).</source>
            <translation type="unfinished">
                <numerusform>%1 Mae pob cwestiwn heb ei ateb yn cyfrif fel ei ddewis lleiaf ymwthiol (%n ar ôl).</numerusform>
                <numerusform>%1 Mae pob cwestiwn heb ei ateb yn cyfrif fel ei ddewis lleiaf ymwthiol (%n ar ôl).</numerusform>
                <numerusform>%1 Mae pob cwestiwn heb ei ateb yn cyfrif fel ei ddewis lleiaf ymwthiol (%n ar ôl).</numerusform>
                <numerusform>%1 Mae pob cwestiwn heb ei ateb yn cyfrif fel ei ddewis lleiaf ymwthiol (%n ar ôl).</numerusform>
                <numerusform>%1 Mae pob cwestiwn heb ei ateb yn cyfrif fel ei ddewis lleiaf ymwthiol (%n ar ôl).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainController</name>
        <message>
            <source>Cannot list scrutinies</source>
            <translation type="unfinished">Methu rhestru'r craffu</translation>
        </message>
        <message>
            <source>Scrutiny not started</source>
            <translation type="unfinished">Ni ddechreuwyd y craffu</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Scrutiny started</source>
            <translation type="unfinished">Dechreuwyd y craffu</translation>
        </message>
        <message>
            <source>Decision recorded: %1</source>
            <translation type="unfinished">Cofnodwyd y penderfyniad: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 — shared record (%2)</source>
            <translation type="unfinished">%1 — cofnod a rennir (%2)</translation>
        </message>
    </context>
    <context>
        <name>MeetingController</name>
        <message>
            <source>Scrutiny not loaded</source>
            <translation type="unfinished">Ni lwythwyd y craffu</translation>
        </message>
        <message>
            <source>Already opening: wait a moment.</source>
            <translation type="unfinished">Eisoes yn agor: arhoswch eiliad.</translation>
        </message>
        <message>
            <source>Comment not saved</source>
            <translation type="unfinished">Ni chadwyd y sylw</translation>
        </message>
        <message>
            <source>Question %1 has no answer to add the comment to.</source>
            <translation type="unfinished">Nid oes gan gwestiwn %1 ateb i ychwanegu'r sylw ato.</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Meeting mode: %1</source>
            <translation type="unfinished">Modd cyfarfod: %1</translation>
        </message>
        <message>
            <source>Slide</source>
            <translation type="unfinished">Sleid</translation>
        </message>
        <message>
            <source>◀ Previous (Page Up)</source>
            <translation type="unfinished">◀ Blaenorol (Page Up)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished">Blaenorol</translation>
        </message>
        <message>
            <source>Next (Page Down) ▶</source>
            <translation type="unfinished">Nesaf (Page Down) ▶</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Nesaf</translation>
        </message>
        <message>
            <source>Leave meeting mode (Esc)</source>
            <translation type="unfinished">Gadael modd cyfarfod (Esc)</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation type="unfinished">Gadael</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">Crynodeb</translation>
        </message>
        <message>
            <source>Red flag %1 of %2</source>
            <translation type="unfinished">Baner goch %1 o %2</translation>
        </message>
        <message>
            <source>%1 · slide %2 of %3</source>
            <translation type="unfinished">%1 · sleid %2 o %3</translation>
        </message>
        <message>
            <source>✓ Comment saved to the question's note</source>
            <translation type="unfinished">✓ Cadwyd y sylw yn nodyn y cwestiwn</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished">Yn cadw…</translation>
        </message>
        <message>
            <source>%1 · %2 · Stage: %3 · Round %4</source>
            <translation type="unfinished">%1 · %2 · Cam: %3 · Rownd %4</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished">Parodrwydd</translation>
        </message>
        <message>
            <source>Theme heat map</source>
            <translation type="unfinished">Map gwres y themâu</translation>
        </message>
        <message>
            <source>Rating per theme</source>
            <translation type="unfinished">Sgôr fesul thema</translation>
        </message>
        <message>
            <source>&lt;b&gt;Red flags to discuss: %1&lt;/b&gt;. Press Page Down.</source>
            <translation type="unfinished">&lt;b&gt;Baneri coch i'w trafod: %1&lt;/b&gt;. Pwyswch Page Down.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No red flags.&lt;/b&gt; Press Esc to leave meeting mode.</source>
            <translation type="unfinished">&lt;b&gt;Dim baneri coch.&lt;/b&gt; Pwyswch Esc i adael modd cyfarfod.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished">Heb ei ateb</translation>
        </message>
        <message>
            <source>&lt;h1&gt;⚑ Red flag %1 of %2: %3&lt;/h1&gt;</source>
            <translation type="unfinished">&lt;h1&gt;⚑ Baner goch %1 o %2: %3&lt;/h1&gt;</translation>
        </message>
        <message>
            <source>Red flag: %1</source>
            <translation type="unfinished">Baner goch: %1</translation>
        </message>
        <message>
            <source>Finding: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished">Canfyddiad: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> (note marked sensitive: not shown)</source>
            <translation type="unfinished"> (nodyn wedi ei nodi'n sensitif: heb ei ddangos)</translation>
        </message>
        <message>
            <source>Panel comment on %1</source>
            <translation type="unfinished">Sylw'r panel ar %1</translation>
        </message>
        <message>
            <source>Type the panel's comment; it is saved when you move on.</source>
            <translation type="unfinished">Teipiwch sylw'r panel; caiff ei gadw pan fyddwch yn symud ymlaen.</translation>
        </message>
        <message>
            <source>Panel's &amp;comment:</source>
            <translation type="unfinished">&amp;Sylw'r panel:</translation>
        </message>
    </context>
    <context>
        <name>ModuleChoice</name>
        <message>
            <source>Technology modules</source>
            <translation type="unfinished">Modiwlau technoleg</translation>
        </message>
        <message>
            <source>%1 (already asked)</source>
            <translation type="unfinished">%1 (eisoes yn cael ei ofyn)</translation>
        </message>
        <message>
            <source>%1 (included for the technology)</source>
            <translation type="unfinished">%1 (wedi'i gynnwys ar gyfer y dechnoleg)</translation>
        </message>
        <message>
            <source>%1 (proposed, left out: %2)</source>
            <translation type="unfinished">%1 (wedi'i gynnig, wedi'i adael allan: %2)</translation>
        </message>
        <message>
            <source>%1 (proposed by the screening)</source>
            <translation type="unfinished">%1 (wedi'i gynnig gan y sgrinio)</translation>
        </message>
        <message>
            <source>The scrutiny already asks this module's questions</source>
            <translation type="unfinished">Mae'r craffu eisoes yn gofyn cwestiynau'r modiwl hwn</translation>
        </message>
        <message>
            <source>Always included for the chosen technology</source>
            <translation type="unfinished">Wedi ei gynnwys bob amser ar gyfer y dechnoleg a ddewiswyd</translation>
        </message>
        <message>
            <source>The screening answers propose it; leaving it out asks why</source>
            <translation type="unfinished">Mae atebion y sgrinio'n ei gynnig; mae ei adael allan yn gofyn pam</translation>
        </message>
        <message>
            <source>Not proposed by the screening answers</source>
            <translation type="unfinished">Heb ei gynnig gan atebion y sgrinio</translation>
        </message>
        <message>
            <source>Tick to add this module's questions</source>
            <translation type="unfinished">Ticiwch i ychwanegu cwestiynau'r modiwl hwn</translation>
        </message>
        <message>
            <source>Leave out a proposed module</source>
            <translation type="unfinished">Gadael modiwl a gynigiwyd allan</translation>
        </message>
        <message>
            <source>The screening answers propose the module “%1”. Why leave it out? The reason is recorded with the scrutiny.</source>
            <translation type="unfinished">Mae atebion y sgrinio'n cynnig y modiwl “%1”. Pam ei adael allan? Cofnodir y rheswm gyda'r craffu.</translation>
        </message>
    </context>
    <context>
        <name>NewScrutinyDialog</name>
        <message>
            <source>New scrutiny</source>
            <translation type="unfinished">Craffu newydd</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation type="unfinished">Technoleg</translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Teitl</translation>
        </message>
        <message>
            <source>Force</source>
            <translation type="unfinished">Heddlu</translation>
        </message>
        <message>
            <source>Protective marking</source>
            <translation type="unfinished">Marc diogelu</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished">Cam</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Iaith</translation>
        </message>
        <message>
            <source>Language of the checklist text and the reports</source>
            <translation type="unfinished">Iaith testun y rhestr wirio a'r adroddiadau</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation type="unfinished">Cyflenwr</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished">Diben</translation>
        </message>
        <message>
            <source>Choose the technology</source>
            <translation type="unfinished">Dewiswch y dechnoleg</translation>
        </message>
        <message>
            <source>e.g. Live facial recognition at city-centre events</source>
            <translation type="unfinished">e.e. Adnabod wynebau byw mewn digwyddiadau yng nghanol y ddinas</translation>
        </message>
        <message>
            <source>e.g. Example Constabulary</source>
            <translation type="unfinished">e.e. Heddlu Enghreifftiol</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished">Dewisol</translation>
        </message>
        <message>
            <source>Optional: what the force says the deployment is for</source>
            <translation type="unfinished">Dewisol: beth mae'r heddlu'n dweud yw diben y defnydd</translation>
        </message>
        <message>
            <source>Step 1 of 2: the deployment</source>
            <translation type="unfinished">Cam 1 o 2: y defnydd</translation>
        </message>
        <message>
            <source>Step 2 of 2: screening and modules</source>
            <translation type="unfinished">Cam 2 o 2: sgrinio a modiwlau</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished">&amp;Nesaf &gt;</translation>
        </message>
        <message>
            <source>Start scrutiny</source>
            <translation type="unfinished">Dechrau craffu</translation>
        </message>
        <message>
            <source>&amp;Technology:</source>
            <translation type="unfinished">&amp;Technoleg:</translation>
        </message>
        <message>
            <source>Discard this new scrutiny?</source>
            <translation type="unfinished">Taflu'r craffu newydd hwn?</translation>
        </message>
        <message>
            <source>What you have typed and answered here will be lost. Nothing has been saved yet.</source>
            <translation type="unfinished">Bydd yr hyn rydych wedi'i deipio a'i ateb yma'n cael ei golli. Nid oes dim wedi'i gadw eto.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished">&lt; &amp;Yn ôl</translation>
        </message>
        <message>
            <source>Back to the details</source>
            <translation type="unfinished">Yn ôl i'r manylion</translation>
        </message>
        <message>
            <source>English, and each language the chosen templates give text in (modules ticked in the next step add theirs). Questions show that language's text where the template provides it, and the English where it does not</source>
            <translation type="unfinished">Saesneg, a phob iaith y mae'r templedi a ddewiswyd yn rhoi testun ynddi (mae'r modiwlau a diciwch yn y cam nesaf yn ychwanegu eu rhai nhw). Mae'r cwestiynau'n dangos testun yr iaith honno lle mae'r templed yn ei roi, a'r Saesneg lle nad yw'n ei roi</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation type="unfinished">T&amp;eitl:</translation>
        </message>
        <message>
            <source>&amp;Force:</source>
            <translation type="unfinished">&amp;Heddlu:</translation>
        </message>
        <message>
            <source>&amp;Marking:</source>
            <translation type="unfinished">&amp;Marc diogelu:</translation>
        </message>
        <message>
            <source>St&amp;age:</source>
            <translation type="unfinished">&amp;Cam:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished">&amp;Iaith:</translation>
        </message>
        <message>
            <source>S&amp;upplier:</source>
            <translation type="unfinished">C&amp;yflenwr:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation type="unfinished">&amp;Diben:</translation>
        </message>
        <message>
            <source>technology</source>
            <translation type="unfinished">technoleg</translation>
        </message>
        <message>
            <source>title</source>
            <translation type="unfinished">teitl</translation>
        </message>
        <message>
            <source>force</source>
            <translation type="unfinished">heddlu</translation>
        </message>
        <message>
            <source>Still needed: %1.</source>
            <translation type="unfinished">Angen o hyd: %1.</translation>
        </message>
        <message numerus="yes">
            <source>an answer to %n screening question(s), or start without screening</source>
            <translation type="unfinished">
                <numerusform>ateb i %n cwestiwn sgrinio, neu dechrau heb sgrinio</numerusform>
                <numerusform>ateb i %n cwestiwn sgrinio, neu dechrau heb sgrinio</numerusform>
                <numerusform>ateb i %n cwestiwn sgrinio, neu dechrau heb sgrinio</numerusform>
                <numerusform>ateb i %n cwestiwn sgrinio, neu dechrau heb sgrinio</numerusform>
                <numerusform>ateb i %n cwestiwn sgrinio, neu dechrau heb sgrinio</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteGuard</name>
        <message>
            <source>The note is full (%1 characters at most): the rest was not added. Attach longer text as evidence.</source>
            <translation type="unfinished">Mae'r nodyn yn llawn (%1 nod ar y mwyaf): ni ychwanegwyd y gweddill. Atodwch destun hirach fel tystiolaeth.</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation type="unfinished">%1 o %2 nod</translation>
        </message>
        <message>
            <source>This note holds hidden direction characters, which can make text show in a different order from how it is saved. Shown as codes: “%1”</source>
            <translation type="unfinished">Mae'r nodyn hwn yn cynnwys nodau cyfeiriad cudd, a all wneud i destun ymddangos mewn trefn wahanol i'r drefn y caiff ei gadw ynddi. Wedi'u dangos fel codau: “%1”</translation>
        </message>
    </context>
    <context>
        <name>OfficeController</name>
        <message>
            <source>Office settings</source>
            <translation type="unfinished">Gosodiadau'r swyddfa</translation>
        </message>
        <message>
            <source>This is the demonstration: its office is an example and cannot be changed.</source>
            <translation type="unfinished">Dyma'r arddangosiad: enghraifft yw ei swyddfa ac ni ellir ei newid.</translation>
        </message>
        <message>
            <source>Office settings not saved</source>
            <translation type="unfinished">Ni chadwyd gosodiadau'r swyddfa</translation>
        </message>
        <message>
            <source>Saved the office settings for %1.</source>
            <translation type="unfinished">Cadwyd gosodiadau'r swyddfa ar gyfer %1.</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation type="unfinished">Arddangosiad</translation>
        </message>
        <message>
            <source>The demonstration could not be started. Start it from a terminal with 'ethics-scrutiny --demo'.</source>
            <translation type="unfinished">Nid oedd modd dechrau'r arddangosiad. Dechreuwch ef o derfynell gydag 'ethics-scrutiny --demo'.</translation>
        </message>
        <message>
            <source>Archive the whole record to</source>
            <translation type="unfinished">Archifo'r cofnod cyfan i</translation>
        </message>
        <message>
            <source>Archiving the whole record…</source>
            <translation type="unfinished">Yn archifo'r cofnod cyfan…</translation>
        </message>
        <message>
            <source>Record not archived</source>
            <translation type="unfinished">Ni archifwyd y cofnod</translation>
        </message>
        <message>
            <source>Record archived</source>
            <translation type="unfinished">Archifwyd y cofnod</translation>
        </message>
        <message>
            <source>Wrote %1: %2 scrutinies, %3 files and %4 record entries, head %5.

Check it anywhere with 'ethics-scrutiny archive check FILE'; the office taking over brings it in with 'ethics-scrutiny import-archive FILE'.</source>
            <translation type="unfinished">Ysgrifennwyd %1: %2 craffu, %3 ffeil a %4 cofnod, pen %5.

Gwiriwch ef yn unrhyw le gydag 'ethics-scrutiny archive check FILE'; mae'r swyddfa sy'n cymryd drosodd yn ei fewnforio gydag 'ethics-scrutiny import-archive FILE'.</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <source>Welcome to Ethics Scrutiny</source>
            <translation type="unfinished">Croeso i Ethics Scrutiny</translation>
        </message>
        <message>
            <source>Office settings</source>
            <translation type="unfinished">Gosodiadau'r swyddfa</translation>
        </message>
        <message>
            <source>Tell the app who your office is. Reports, decisions and the public summary use these names instead of assuming a Police and Crime Commissioner. You can change them later under File ▸ Office settings.

Your office's record starts empty. To see a scrutiny part-way done, open the demonstration: it has a record of its own, deleted when you close it.</source>
            <translation type="unfinished">Dywedwch wrth yr ap pwy yw eich swyddfa. Mae adroddiadau, penderfyniadau a'r crynodeb cyhoeddus yn defnyddio'r enwau hyn yn hytrach na chymryd mai Comisiynydd Heddlu a Throseddu sydd dan sylw. Gallwch eu newid yn nes ymlaen o dan Ffeil ▸ Gosodiadau'r swyddfa.

Mae cofnod eich swyddfa yn dechrau'n wag. I weld craffu sydd wedi ei hanner gwblhau, agorwch yr arddangosiad: mae ganddo ei gofnod ei hun, a gaiff ei ddileu pan fyddwch yn ei gau.</translation>
        </message>
        <message>
            <source>&amp;Save and start</source>
            <translation type="unfinished">&amp;Cadw a dechrau</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation type="unfinished">&amp;Yn nes ymlaen</translation>
        </message>
        <message>
            <source>Open the &amp;demonstration</source>
            <translation type="unfinished">Agor yr &amp;arddangosiad</translation>
        </message>
        <message>
            <source>Open the demonstration in a window of its own</source>
            <translation type="unfinished">Agor yr arddangosiad mewn ffenestr ar wahân</translation>
        </message>
        <message>
            <source>Si&amp;gning key…</source>
            <translation type="unfinished">Allwedd &amp;lofnodi…</translation>
        </message>
        <message>
            <source>Create or import the key that signs the office's papers</source>
            <translation type="unfinished">Creu neu fewnforio'r allwedd sy'n llofnodi papurau'r swyddfa</translation>
        </message>
        <message>
            <source>Signing key: none on this computer yet. Papers and bundles are exported unsigned until one is created or imported.</source>
            <translation type="unfinished">Allwedd lofnodi: dim un ar y cyfrifiadur hwn eto. Caiff papurau a bwndeli eu hallforio heb eu llofnodi nes y caiff un ei chreu neu ei mewnforio.</translation>
        </message>
        <message>
            <source>Signing key: %1, valid until %2.
Fingerprint (publish it so others can check the office's papers): %3</source>
            <translation type="unfinished">Allwedd lofnodi: %1, yn ddilys tan %2.
Olion bysedd (cyhoeddwch nhw fel y gall eraill wirio papurau'r swyddfa): %3</translation>
        </message>
    </context>
    <context>
        <name>OfficeForm</name>
        <message>
            <source>Police and Crime Commissioner</source>
            <translation type="unfinished">Comisiynydd Heddlu a Throseddu</translation>
        </message>
        <message>
            <source>Police, Fire and Crime Commissioner</source>
            <translation type="unfinished">Comisiynydd Heddlu, Tân a Throseddu</translation>
        </message>
        <message>
            <source>Mayor holding police and crime functions</source>
            <translation type="unfinished">Maer sy'n dal swyddogaethau heddlu a throseddu</translation>
        </message>
        <message>
            <source>Deputy Mayor for Policing and Crime</source>
            <translation type="unfinished">Dirprwy Faer dros Blismona a Throseddu</translation>
        </message>
        <message>
            <source>Policing and Crime Board</source>
            <translation type="unfinished">Bwrdd Plismona a Throseddu</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished">Arall</translation>
        </message>
        <message>
            <source>e.g. Office of the Police and Crime Commissioner for Exampleshire</source>
            <translation type="unfinished">e.e. Swyddfa Comisiynydd Heddlu a Throseddu Sir Enghraifft</translation>
        </message>
        <message>
            <source>e.g. Deputy Mayor for Policing and Crime</source>
            <translation type="unfinished">e.e. Dirprwy Faer dros Blismona a Throseddu</translation>
        </message>
        <message>
            <source>e.g. Exampleshire Ethics Panel</source>
            <translation type="unfinished">e.e. Panel Moeseg Sir Enghraifft</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation type="unfinished">Dewis &amp;logo…</translation>
        </message>
        <message>
            <source>Choose a logo for report covers</source>
            <translation type="unfinished">Dewis logo ar gyfer cloriau adroddiadau</translation>
        </message>
        <message>
            <source>Office &amp;name:</source>
            <translation type="unfinished">&amp;Enw'r swyddfa:</translation>
        </message>
        <message>
            <source>&amp;Kind of office:</source>
            <translation type="unfinished">&amp;Math o swyddfa:</translation>
        </message>
        <message>
            <source>&amp;Decision-maker's title:</source>
            <translation type="unfinished">&amp;Teitl y sawl sy'n penderfynu:</translation>
        </message>
        <message>
            <source>&amp;Panel:</source>
            <translation type="unfinished">&amp;Panel:</translation>
        </message>
        <message>
            <source>&amp;Officer using this computer:</source>
            <translation type="unfinished">&amp;Swyddog sy'n defnyddio'r cyfrifiadur hwn:</translation>
        </message>
        <message>
            <source>Logo (PNG or SVG):</source>
            <translation type="unfinished">Logo (PNG neu SVG):</translation>
        </message>
        <message>
            <source>Choose the office's logo</source>
            <translation type="unfinished">Dewis logo'r swyddfa</translation>
        </message>
        <message>
            <source>Logos (*.png *.svg)</source>
            <translation type="unfinished">Logos (*.png *.svg)</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation type="unfinished">Dim logo</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Signing key passphrase</source>
            <translation type="unfinished">Cyfrinymadrodd yr allwedd lofnodi</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation type="unfinished">Cyfrinymadrodd eto</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">&amp;Cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>Type it &amp;again:</source>
            <translation type="unfinished">Teipiwch ef &amp;eto:</translation>
        </message>
        <message>
            <source>The passphrase is shorter than %1 characters; choose a longer one.</source>
            <translation type="unfinished">Mae'r cyfrinymadrodd yn fyrrach na %1 nod; dewiswch un hirach.</translation>
        </message>
        <message>
            <source>The two passphrases differ; type them again.</source>
            <translation type="unfinished">Mae'r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished">&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished">&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished">&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished">Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished">Dangos manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished">Cuddio manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished">Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished">Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished">Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished">&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished">Ie i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished">&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished">N&amp;a i'r cyfan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished">Rhoi'r gorau iddi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished">Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished">Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished">Taflu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished">Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished">Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished">Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished">Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished">&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished">&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished">&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished">Dewis y cyfan</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation type="unfinished">Copïo lleoliad y &amp;ddolen</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <source>&lt;b&gt;Critical question&lt;/b&gt;</source>
            <translation type="unfinished">&lt;b&gt;Cwestiwn allweddol&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Obligation</source>
            <translation type="unfinished">Rhwymedigaeth</translation>
        </message>
        <message>
            <source>Inconsistency</source>
            <translation type="unfinished">Anghysondeb</translation>
        </message>
        <message>
            <source>Guidance, evidence, red flag and sources</source>
            <translation type="unfinished">Canllawiau, tystiolaeth, baner goch a ffynonellau</translation>
        </message>
        <message>
            <source>&amp;Status (Ctrl+1 to Ctrl+5)</source>
            <translation type="unfinished">&amp;Statws (Ctrl+1 i Ctrl+5)</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation type="unfinished">Sgôr</translation>
        </message>
        <message>
            <source>Se&amp;nsitive: leave this note out of the public summary</source>
            <translation type="unfinished">Se&amp;nsitif: gadael y nodyn hwn allan o'r crynodeb cyhoeddus</translation>
        </message>
        <message>
            <source>Sensitive note</source>
            <translation type="unfinished">Nodyn sensitif</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">Nodiadau</translation>
        </message>
        <message>
            <source>Hidden direction characters</source>
            <translation type="unfinished">Nodau cyfeiriad cudd</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation type="unfinished">Cyflwr cadw</translation>
        </message>
        <message>
            <source>Linked evidence</source>
            <translation type="unfinished">Tystiolaeth gysylltiedig</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Obligation: %1 (%2)</source>
            <translation type="unfinished">Rhwymedigaeth: %1 (%2)</translation>
        </message>
        <message>
            <source>Save state: %1</source>
            <translation type="unfinished">Cyflwr cadw: %1</translation>
        </message>
        <message>
            <source>Linked evidence: </source>
            <translation type="unfinished">Tystiolaeth gysylltiedig: </translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished">Statws: %1</translation>
        </message>
        <message>
            <source>What the force provided, what is missing, and any follow-up asked for</source>
            <translation type="unfinished">Beth a roddodd yr heddlu, beth sydd ar goll, ac unrhyw waith dilynol y gofynnwyd amdano</translation>
        </message>
        <message>
            <source>&amp;Rating:</source>
            <translation type="unfinished">S&amp;gôr:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished">N&amp;odiadau:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPickerDialog</name>
        <message>
            <source>Questions this condition resolves</source>
            <translation type="unfinished">Cwestiynau y mae'r amod hwn yn eu datrys</translation>
        </message>
        <message>
            <source>Tick the questions this condition resolves. Each standing 'must' flag needs a condition naming it before support with conditions can be recorded.</source>
            <translation type="unfinished">Ticiwch y cwestiynau y mae'r amod hwn yn eu datrys. Mae angen amod sy'n enwi pob baner 'rhaid' sy'n sefyll cyn y gellir cofnodi cefnogi gydag amodau.</translation>
        </message>
        <message>
            <source>Find a question</source>
            <translation type="unfinished">Dod o hyd i gwestiwn</translation>
        </message>
        <message>
            <source>Type a key or words from the question</source>
            <translation type="unfinished">Teipiwch allwedd neu eiriau o'r cwestiwn</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished">Cwestiynau</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished">&amp;Chwilio:</translation>
        </message>
        <message>
            <source>Standing 'must' flags</source>
            <translation type="unfinished">Baneri 'rhaid' sy'n sefyll</translation>
        </message>
        <message>
            <source>Other questions</source>
            <translation type="unfinished">Cwestiynau eraill</translation>
        </message>
    </context>
    <context>
        <name>QuitQuestion</name>
        <message>
            <source>Still saving</source>
            <translation type="unfinished">Yn dal i gadw</translation>
        </message>
        <message>
            <source>Ethics Scrutiny is still writing the %1. It can close as soon as the file is saved, or stop writing it (nothing is saved) and close now.</source>
            <translation type="unfinished">Mae Ethics Scrutiny yn dal i ysgrifennu'r %1. Gall gau cyn gynted ag y bydd y ffeil wedi'i chadw, neu roi'r gorau i'w hysgrifennu (ni chaiff dim ei gadw) a chau nawr.</translation>
        </message>
        <message>
            <source>&amp;Quit when saved</source>
            <translation type="unfinished">&amp;Gadael ar ôl cadw</translation>
        </message>
        <message>
            <source>&amp;Stop writing and quit</source>
            <translation type="unfinished">&amp;Rhoi'r gorau i ysgrifennu a gadael</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation type="unfinished">&amp;Parhau i weithio</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Rheswm</translation>
        </message>
        <message>
            <source>&amp;Reason (recorded):</source>
            <translation type="unfinished">&amp;Rheswm (wedi'i gofnodi):</translation>
        </message>
        <message>
            <source>Say why in a sentence: it is kept in the record for the panel.</source>
            <translation type="unfinished">Dywedwch pam mewn brawddeg: caiff ei gadw yn y cofnod i'r panel.</translation>
        </message>
    </context>
    <context>
        <name>RecordController</name>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished">Yn mewnforio %1…</translation>
        </message>
        <message>
            <source>Bundle not imported</source>
            <translation type="unfinished">Ni fewnforiwyd y bwndel</translation>
        </message>
        <message>
            <source>Bundle not imported: nothing was changed</source>
            <translation type="unfinished">Ni fewnforiwyd y bwndel: ni newidiwyd dim</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation type="unfinished">Mewnforiwyd y bwndel</translation>
        </message>
        <message>
            <source>Already up to date</source>
            <translation type="unfinished">Eisoes yn gyfredol</translation>
        </message>
        <message>
            <source>Record not backed up</source>
            <translation type="unfinished">Ni wnaed copi wrth gefn o'r cofnod</translation>
        </message>
        <message>
            <source>Copying and checking the record…</source>
            <translation type="unfinished">Yn copïo ac yn gwirio'r cofnod…</translation>
        </message>
        <message>
            <source>Verifying the record…</source>
            <translation type="unfinished">Yn dilysu'r cofnod…</translation>
        </message>
        <message>
            <source>Record not verified</source>
            <translation type="unfinished">Ni ddilyswyd y cofnod</translation>
        </message>
        <message>
            <source>Record verified</source>
            <translation type="unfinished">Dilyswyd y cofnod</translation>
        </message>
        <message>
            <source>Record does not verify</source>
            <translation type="unfinished">Nid yw'r cofnod yn dilysu</translation>
        </message>
        <message>
            <source>Saving the current record and restoring…</source>
            <translation type="unfinished">Yn cadw'r cofnod presennol ac yn adfer…</translation>
        </message>
        <message>
            <source>Record not restored</source>
            <translation type="unfinished">Ni adferwyd y cofnod</translation>
        </message>
        <message>
            <source>Record restored from backup</source>
            <translation type="unfinished">Adferwyd y cofnod o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Record restored</source>
            <translation type="unfinished">Adferwyd y cofnod</translation>
        </message>
        <message>
            <source>The record was restored from:
%1

The record as it was just before is saved in:
%2

To undo the restore, restore that file.</source>
            <translation type="unfinished">Adferwyd y cofnod o:
%1

Mae'r cofnod fel yr oedd yn union cyn hynny wedi ei gadw yn:
%2

I ddadwneud yr adfer, adferwch y ffeil honno.</translation>
        </message>
        <message>
            <source>Record backed up</source>
            <translation type="unfinished">Gwnaed copi wrth gefn o'r cofnod</translation>
        </message>
        <message>
            <source>A checked copy of the record was saved to:
%1

Keep it somewhere safe. To go back to it, use Record &gt; Restore from backup….</source>
            <translation type="unfinished">Cadwyd copi wedi ei wirio o'r cofnod yn:
%1

Cadwch ef yn rhywle diogel. I fynd yn ôl ato, defnyddiwch Cofnod &gt; Adfer o gopi wrth gefn….</translation>
        </message>
        <message>
            <source>Use the server's backup tools</source>
            <translation type="unfinished">Defnyddiwch offer copïau wrth gefn y gweinydd</translation>
        </message>
    </context>
    <context>
        <name>RoundChangesDialog</name>
        <message>
            <source>Changes since round %1</source>
            <translation type="unfinished">Newidiadau ers rownd %1</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished">Newidiadau</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation type="unfinished">Atebion a newidiwyd</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <source>&amp;Changed answers:</source>
            <translation type="unfinished">&amp;Atebion a newidiwyd:</translation>
        </message>
    </context>
    <context>
        <name>RoundController</name>
        <message>
            <source>New round not started</source>
            <translation type="unfinished">Ni ddechreuwyd rownd newydd</translation>
        </message>
        <message>
            <source>Changes not shown</source>
            <translation type="unfinished">Ni ddangoswyd y newidiadau</translation>
        </message>
        <message>
            <source>New round started with the answers carried forward</source>
            <translation type="unfinished">Dechreuwyd rownd newydd gyda'r atebion wedi eu cario ymlaen</translation>
        </message>
    </context>
    <context>
        <name>ScreeningController</name>
        <message>
            <source>Screening</source>
            <translation type="unfinished">Sgrinio</translation>
        </message>
        <message>
            <source>No screening is available in this installation, so every question is asked. Reinstall the app to restore its screening template.</source>
            <translation type="unfinished">Nid oes sgrinio ar gael yn y gosodiad hwn, felly gofynnir pob cwestiwn. Ailosodwch yr ap i adfer ei dempled sgrinio.</translation>
        </message>
        <message>
            <source>Screening not saved</source>
            <translation type="unfinished">Sgrinio heb ei gadw</translation>
        </message>
        <message>
            <source>Screening saved: impact level %1</source>
            <translation type="unfinished">Sgrinio wedi'i gadw: lefel effaith %1</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <source>Screening</source>
            <translation type="unfinished">Sgrinio</translation>
        </message>
        <message>
            <source>Technology &amp;modules:</source>
            <translation type="unfinished">&amp;Modiwlau technoleg:</translation>
        </message>
        <message>
            <source>not screened (every question asked)</source>
            <translation type="unfinished">heb ei sgrinio (pob cwestiwn yn cael ei ofyn)</translation>
        </message>
        <message>
            <source>These answers lower the impact level from %1 to %2, so fewer questions will be asked. Answers already given are kept. Why is the lower level right?</source>
            <translation type="unfinished">Mae'r atebion hyn yn gostwng y lefel effaith o %1 i %2, felly gofynnir llai o gwestiynau. Cedwir yr atebion a roddwyd eisoes. Pam mae'r lefel is yn gywir?</translation>
        </message>
        <message>
            <source>Lower the impact level</source>
            <translation type="unfinished">Gostwng y lefel effaith</translation>
        </message>
        <message>
            <source>This scrutiny is not screened: every question is asked. Answer the screening to set its impact level; answers already given are kept whatever the level.</source>
            <translation type="unfinished">Nid yw'r craffu hwn wedi'i sgrinio: gofynnir pob cwestiwn. Atebwch y sgrinio i osod ei lefel effaith; cedwir yr atebion a roddwyd eisoes beth bynnag fo'r lefel.</translation>
        </message>
        <message>
            <source>Impact level now: %1 of %2. Changing an answer re-scopes the checklist; answers already given are kept and come back if their questions do.</source>
            <translation type="unfinished">Lefel effaith nawr: %1 o %2. Mae newid ateb yn ail-gwmpasu'r rhestr wirio; cedwir yr atebion a roddwyd eisoes a dônt yn ôl os daw eu cwestiynau yn ôl.</translation>
        </message>
        <message>
            <source>Discard the changed answers?</source>
            <translation type="unfinished">Taflu'r atebion a newidiwyd?</translation>
        </message>
        <message>
            <source>The screening stays as it was saved.</source>
            <translation type="unfinished">Mae'r sgrinio'n aros fel y cafodd ei gadw.</translation>
        </message>
        <message numerus="yes">
            <source>Answer %n more question(s) to save.</source>
            <translation type="unfinished">
                <numerusform>Atebwch %n cwestiwn arall i gadw.</numerusform>
                <numerusform>Atebwch %n cwestiwn arall i gadw.</numerusform>
                <numerusform>Atebwch %n cwestiwn arall i gadw.</numerusform>
                <numerusform>Atebwch %n cwestiwn arall i gadw.</numerusform>
                <numerusform>Atebwch %n cwestiwn arall i gadw.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScreeningForm</name>
        <message>
            <source>Screening questions</source>
            <translation type="unfinished">Cwestiynau sgrinio</translation>
        </message>
    </context>
    <context>
        <name>ScreeningQuestions</name>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished">%1. %2</translation>
        </message>
    </context>
    <context>
        <name>ScreeningStep</name>
        <message>
            <source>&amp;Screen it now (recommended)</source>
            <translation type="unfinished">&amp;Sgrinio nawr (argymhellir)</translation>
        </message>
        <message>
            <source>Screen it now</source>
            <translation type="unfinished">Ei sgrinio nawr</translation>
        </message>
        <message>
            <source>Start &amp;without screening: every question is asked</source>
            <translation type="unfinished">Dechrau &amp;heb sgrinio: gofynnir pob cwestiwn</translation>
        </message>
        <message>
            <source>Start without screening</source>
            <translation type="unfinished">Dechrau heb sgrinio</translation>
        </message>
        <message>
            <source>Technology &amp;modules:</source>
            <translation type="unfinished">&amp;Modiwlau technoleg:</translation>
        </message>
        <message>
            <source>The screening sets the impact level (1 to 4), which decides how deep the checklist goes, and proposes the technology modules to ask. Options run from least to most intrusive.</source>
            <translation type="unfinished">Mae'r sgrinio'n gosod y lefel effaith (1 i 4), sy'n penderfynu pa mor ddwfn yr aiff y rhestr wirio, ac yn cynnig y modiwlau technoleg i'w gofyn. Mae'r dewisiadau'n mynd o'r lleiaf i'r mwyaf ymwthiol.</translation>
        </message>
        <message>
            <source>No screening is available in this installation, so every question of the checklist and its modules will be asked.</source>
            <translation type="unfinished">Nid oes sgrinio ar gael yn y gosodiad hwn, felly gofynnir pob cwestiwn yn y rhestr wirio a'i modiwlau.</translation>
        </message>
    </context>
    <context>
        <name>ScrutinyListPage</name>
        <message>
            <source>Search scrutinies</source>
            <translation type="unfinished">Chwilio'r craffu</translation>
        </message>
        <message>
            <source>Title, force, technology, stage or decision</source>
            <translation type="unfinished">Teitl, heddlu, technoleg, cam neu benderfyniad</translation>
        </message>
        <message>
            <source>Scrutinies</source>
            <translation type="unfinished">Craffu</translation>
        </message>
        <message>
            <source>Press Enter to open a scrutiny</source>
            <translation type="unfinished">Pwyswch Enter i agor craffu</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished">Dangos y cyfan</translation>
        </message>
        <message>
            <source>Clear the search, filters and attention</source>
            <translation type="unfinished">Clirio'r chwilio, yr hidlwyr a'r sylw</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Scrutinies&lt;/h2&gt;</source>
            <translation type="unfinished">&lt;h2&gt;Craffu&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation type="unfinished">&amp;Chwilio:</translation>
        </message>
        <message>
            <source>No scrutiny matches “%1” with these filters.</source>
            <translation type="unfinished">Nid oes craffu yn cyfateb i “%1” gyda'r hidlwyr hyn.</translation>
        </message>
        <message>
            <source>No scrutiny matches these filters. Choose “Show all”.</source>
            <translation type="unfinished">Nid oes craffu yn cyfateb i'r hidlwyr hyn. Dewiswch “Dangos y cyfan”.</translation>
        </message>
    </context>
    <context>
        <name>SigningController</name>
        <message>
            <source>Choose a passphrase for the new key (at least 8 characters). It is asked once each time you start the app and sign; nobody can recover it for you.</source>
            <translation type="unfinished">Dewiswch gyfrinymadrodd ar gyfer yr allwedd newydd (o leiaf 8 nod). Gofynnir amdano unwaith bob tro y byddwch yn dechrau'r ap ac yn llofnodi; ni all neb ei adfer i chi.</translation>
        </message>
        <message>
            <source>Import a signing key</source>
            <translation type="unfinished">Mewnforio allwedd lofnodi</translation>
        </message>
        <message>
            <source>The passphrase of the key file; the key is kept with it.</source>
            <translation type="unfinished">Cyfrinymadrodd y ffeil allwedd; caiff yr allwedd ei chadw gydag ef.</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation type="unfinished">Allwedd lofnodi</translation>
        </message>
        <message>
            <source>The key is ready and its certificate is recorded. Fingerprint, to publish:
%1</source>
            <translation type="unfinished">Mae'r allwedd yn barod ac mae ei thystysgrif wedi ei chofnodi. Olion bysedd, i'w cyhoeddi:
%1</translation>
        </message>
        <message>
            <source>Check a received file</source>
            <translation type="unfinished">Gwirio ffeil a dderbyniwyd</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyDialog</name>
        <message>
            <source>Signing key</source>
            <translation type="unfinished">Allwedd lofnodi</translation>
        </message>
        <message>
            <source>&amp;Create a new key…</source>
            <translation type="unfinished">&amp;Creu allwedd newydd…</translation>
        </message>
        <message>
            <source>Create a new signing key naming the office</source>
            <translation type="unfinished">Creu allwedd lofnodi newydd sy'n enwi'r swyddfa</translation>
        </message>
        <message>
            <source>&amp;Import a key…</source>
            <translation type="unfinished">&amp;Mewnforio allwedd…</translation>
        </message>
        <message>
            <source>Use a key and certificate the office was given (.p12 file)</source>
            <translation type="unfinished">Defnyddio allwedd a thystysgrif a roddwyd i'r swyddfa (ffeil .p12)</translation>
        </message>
        <message>
            <source>This computer has no signing key yet. Create one to sign papers, bundles and archives; its certificate is recorded so others can check what you sign.</source>
            <translation type="unfinished">Nid oes gan y cyfrifiadur hwn allwedd lofnodi eto. Crëwch un i lofnodi papurau, bwndeli ac archifau; caiff ei thystysgrif ei chofnodi fel y gall eraill wirio'r hyn rydych yn ei lofnodi.</translation>
        </message>
        <message>
            <source>This computer signs as %1, valid until %2.

Certificate fingerprint (SHA-256), to publish so readers can check it:
%3

If the key or its passphrase is lost, create a new one: papers signed before still check.</source>
            <translation type="unfinished">Mae'r cyfrifiadur hwn yn llofnodi fel %1, yn ddilys tan %2.

Olion bysedd y dystysgrif (SHA-256), i'w cyhoeddi fel y gall darllenwyr ei gwirio:
%3

Os collir yr allwedd neu ei chyfrinymadrodd, crëwch un newydd: mae papurau a lofnodwyd cynt yn dal i wirio.</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <source>Change stage</source>
            <translation type="unfinished">Newid cam</translation>
        </message>
        <message>
            <source>Stage of “%1”:

The change is kept in the record with the date.</source>
            <translation type="unfinished">Cam “%1”:

Caiff y newid ei gadw yn y cofnod gyda'r dyddiad.</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>Summary</source>
            <translation type="unfinished">Crynodeb</translation>
        </message>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;%2 · %3 · Stage: %4 · Round %5</source>
            <translation type="unfinished">&lt;h2&gt;%1&lt;/h2&gt;%2 · %3 · Cam: %4 · Rownd %5</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished">Parodrwydd</translation>
        </message>
        <message>
            <source>Standing decision</source>
            <translation type="unfinished">Penderfyniad sy'n sefyll</translation>
        </message>
        <message>
            <source>Theme heat map</source>
            <translation type="unfinished">Map gwres y themâu</translation>
        </message>
        <message>
            <source>Rating per theme</source>
            <translation type="unfinished">Sgôr fesul thema</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation type="unfinished">Baneri coch</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation type="unfinished">Camau gweithredu agored</translation>
        </message>
        <message>
            <source>No red flags.</source>
            <translation type="unfinished">Dim baneri coch.</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation type="unfinished">Dim camau gweithredu agored.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished">Allforio PDF…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation type="unfinished">Allforio PDF</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation type="unfinished">Modd cyfarfod</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cau</translation>
        </message>
        <message>
            <source>Theme &amp;heat map:</source>
            <translation type="unfinished">Map &amp;gwres y themâu:</translation>
        </message>
        <message>
            <source>&amp;Red flags:</source>
            <translation type="unfinished">&amp;Baneri coch:</translation>
        </message>
        <message>
            <source>Open &amp;actions:</source>
            <translation type="unfinished">Camau gweithredu &amp;agored:</translation>
        </message>
    </context>
    <context>
        <name>TemplateController</name>
        <message>
            <source>Template not added</source>
            <translation type="unfinished">Ni ychwanegwyd y templed</translation>
        </message>
        <message>
            <source>It is included in new scrutinies of: %1.</source>
            <translation type="unfinished">Caiff ei gynnwys mewn craffu newydd ar: %1.</translation>
        </message>
        <message>
            <source>Tick it under Extra modules when starting a scrutiny.</source>
            <translation type="unfinished">Ticiwch ef o dan Modiwlau ychwanegol wrth ddechrau craffu.</translation>
        </message>
        <message>
            <source>Office template added</source>
            <translation type="unfinished">Ychwanegwyd templed y swyddfa</translation>
        </message>
        <message>
            <source>Added %1 (version %2). %3

Kept in: %4</source>
            <translation type="unfinished">Ychwanegwyd %1 (fersiwn %2). %3

Wedi ei gadw yn: %4</translation>
        </message>
        <message>
            <source>Template added: %1</source>
            <translation type="unfinished">Ychwanegwyd templed: %1</translation>
        </message>
        <message>
            <source>Checklist not moved</source>
            <translation type="unfinished">Ni symudwyd y rhestr wirio</translation>
        </message>
        <message>
            <source>Checklist up to date</source>
            <translation type="unfinished">Mae'r rhestr wirio yn gyfredol</translation>
        </message>
        <message>
            <source>“%1” already uses the newest checklist versions.</source>
            <translation type="unfinished">Mae “%1” eisoes yn defnyddio'r fersiynau diweddaraf o'r rhestr wirio.</translation>
        </message>
        <message>
            <source>Moved to the newer checklist: %1 added, %2 changed, %3 removed</source>
            <translation type="unfinished">Symudwyd i'r rhestr wirio fwy newydd: %1 wedi eu hychwanegu, %2 wedi newid, %3 wedi eu tynnu</translation>
        </message>
        <message>
            <source>Coverage not shown</source>
            <translation type="unfinished">Ni ddangoswyd y cwmpas</translation>
        </message>
    </context>
    <context>
        <name>TemplateProblemsDialog</name>
        <message>
            <source>%1 was not added: %2 %3 found. Correct the file and add it again; docs/authoring-templates.md explains every field.</source>
            <translation type="unfinished">Ni ychwanegwyd %1: canfuwyd %2 %3. Cywirwch y ffeil a'i hychwanegu eto; mae docs/authoring-templates.md yn egluro pob maes.</translation>
        </message>
        <message>
            <source>Template not added</source>
            <translation type="unfinished">Ni ychwanegwyd y templed</translation>
        </message>
    </context>
    <context>
        <name>TypedAnswerBox</name>
        <message>
            <source>What the answer counts as</source>
            <translation type="unfinished">Beth mae'r ateb yn cyfrif fel</translation>
        </message>
        <message>
            <source>Problem with the answer</source>
            <translation type="unfinished">Problem gyda'r ateb</translation>
        </message>
        <message>
            <source>&amp;Answer: %1</source>
            <translation type="unfinished">&amp;Ateb: %1</translation>
        </message>
        <message>
            <source>Answer: %1</source>
            <translation type="unfinished">Ateb: %1</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished">Ateb</translation>
        </message>
        <message>
            <source>A date, e.g. 31 March 2026</source>
            <translation type="unfinished">Dyddiad, e.e. 31 Mawrth 2026</translation>
        </message>
        <message>
            <source>Type the answer</source>
            <translation type="unfinished">Teipiwch yr ateb</translation>
        </message>
        <message>
            <source>Counts as: %1</source>
            <translation type="unfinished">Yn cyfrif fel: %1</translation>
        </message>
        <message>
            <source>A number from %1 to %2</source>
            <translation type="unfinished">Rhif o %1 i %2</translation>
        </message>
        <message>
            <source>A number</source>
            <translation type="unfinished">Rhif</translation>
        </message>
    </context>
    <context>
        <name>UpgradeDialog</name>
        <message>
            <source>Move “%1” to the newer checklist? Answers carry across by question key (%2 answer%3). The move is recorded in the record.</source>
            <translation type="unfinished">Symud “%1” i'r rhestr wirio fwy newydd? Mae atebion yn cael eu cario drosodd yn ôl allwedd y cwestiwn (%2 ateb%3). Caiff y symud ei gofnodi yn y cofnod.</translation>
        </message>
        <message>
            <source>Move to newer checklist version</source>
            <translation type="unfinished">Symud i fersiwn newyddach o'r rhestr wirio</translation>
        </message>
        <message>
            <source>Move to the newer version</source>
            <translation type="unfinished">Symud i'r fersiwn newyddach</translation>
        </message>
    </context>
    <context>
        <name>VerifyHeadDialog</name>
        <message>
            <source>Verify the record</source>
            <translation type="unfinished">Dilysu'r cofnod</translation>
        </message>
        <message>
            <source>Verifying recomputes every entry's hash and checks the current state against the record. To show that nothing recorded before an earlier report has been altered since, give the head hash printed on that report's summary page; or leave it empty to verify the record as it stands.</source>
            <translation type="unfinished">Mae dilysu yn ailgyfrifo hash pob cofnod ac yn gwirio'r cyflwr presennol yn erbyn y cofnod. I ddangos nad oes dim a gofnodwyd cyn adroddiad cynharach wedi ei newid ers hynny, rhowch yr hash pen a argraffwyd ar dudalen crynodeb yr adroddiad hwnnw; neu gadewch ef yn wag i ddilysu'r cofnod fel y mae.</translation>
        </message>
        <message>
            <source>Head hash from an earlier report</source>
            <translation type="unfinished">Hash pen o adroddiad cynharach</translation>
        </message>
        <message>
            <source>64 characters, 0-9 and a-f (optional)</source>
            <translation type="unfinished">64 nod, 0-9 ac a-f (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Head hash:</source>
            <translation type="unfinished">&amp;Hash pen:</translation>
        </message>
        <message>
            <source>A head hash is 64 characters, 0-9 and a-f, as printed on a report's summary page; copy it from there, or leave the box empty.</source>
            <translation type="unfinished">Mae hash pen yn 64 nod, 0-9 ac a-f, fel y'i hargraffwyd ar dudalen crynodeb adroddiad; copïwch ef oddi yno, neu gadewch y blwch yn wag.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawEvidenceDialog</name>
        <message>
            <source>Withdraw evidence</source>
            <translation type="unfinished">Tynnu tystiolaeth yn ôl</translation>
        </message>
        <message>
            <source>Why is “%1” being withdrawn?

It stays in the register and the record, marked withdrawn with your reason; nothing is deleted.</source>
            <translation type="unfinished">Pam mae “%1” yn cael ei thynnu'n ôl?

Mae'n aros yn y gofrestr ac yn y cofnod, wedi'i nodi wedi'i thynnu'n ôl gyda'ch rheswm; nid oes dim yn cael ei ddileu.</translation>
        </message>
        <message>
            <source>Reason for withdrawing</source>
            <translation type="unfinished">Rheswm dros dynnu'n ôl</translation>
        </message>
    </context>
    <context>
        <name>WorkflowController</name>
        <message>
            <source>Stage not changed</source>
            <translation type="unfinished">Ni newidiwyd y cam</translation>
        </message>
        <message>
            <source>Your change: stage of “%1” from %2 to %3.</source>
            <translation type="unfinished">Eich newid: cam “%1” o %2 i %3.</translation>
        </message>
        <message>
            <source>Stage changed to %1</source>
            <translation type="unfinished">Newidiwyd y cam i %1</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Your office's work is kept on its database server, %1.</source>
            <translation type="unfinished">Mae gwaith eich swyddfa'n cael ei gadw ar ei gweinydd cronfa ddata, %1.</translation>
        </message>
        <message>
            <source>Your office's work is kept on this computer, in %1.</source>
            <translation type="unfinished">Mae gwaith eich swyddfa'n cael ei gadw ar y cyfrifiadur hwn, yn %1.</translation>
        </message>
        <message>
            <source>It works offline: it connects to nothing but that database server.</source>
            <translation type="unfinished">Mae'n gweithio all-lein: nid yw'n cysylltu ag unrhyw beth ond y gweinydd cronfa ddata hwnnw.</translation>
        </message>
        <message>
            <source>It works offline: it never connects to the internet.</source>
            <translation type="unfinished">Mae'n gweithio all-lein: nid yw byth yn cysylltu â'r rhyngrwyd.</translation>
        </message>
        <message>
            <source>Ethics Scrutiny helps the office that holds a police force to account (a police and crime commissioner's, or a mayor's) scrutinise how the force plans to use a technology: a checklist, the evidence, the panel's advice and the decision, kept in a record that shows any change.</source>
            <translation type="unfinished">Mae Ethics Scrutiny yn helpu'r swyddfa sy'n dwyn heddlu i gyfrif (swyddfa comisiynydd heddlu a throseddu, neu faer) i graffu ar sut mae'r heddlu'n bwriadu defnyddio technoleg: rhestr wirio, y dystiolaeth, cyngor y panel a'r penderfyniad, wedi'u cadw mewn cofnod sy'n dangos unrhyw newid.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished">Fersiwn %1</translation>
        </message>
        <message>
            <source>Shared record on the database server %1</source>
            <translation type="unfinished">Cofnod a rennir ar y gweinydd cronfa ddata %1</translation>
        </message>
        <message>
            <source>Record: this computer</source>
            <translation type="unfinished">Cofnod: y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Ethics Scrutiny connects to nothing but that database server.</source>
            <translation type="unfinished">Nid yw Ethics Scrutiny yn cysylltu ag unrhyw beth ond y gweinydd cronfa ddata hwnnw.</translation>
        </message>
        <message>
            <source>Ethics Scrutiny never opens a network connection.</source>
            <translation type="unfinished">Nid yw Ethics Scrutiny byth yn agor cysylltiad rhwydwaith.</translation>
        </message>
        <message>
            <source>

%1

Data folder:
%2

Log file:
%3

%4</source>
            <translation type="unfinished">

%1

Ffolder data:
%2

Ffeil log:
%3

%4</translation>
        </message>
    </context>
    <context>
        <name>action_items_controller</name>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished">Statws: %1</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation type="unfinished">Perchennog: %1</translation>
        </message>
        <message>
            <source>Due: %1</source>
            <translation type="unfinished">Dyledus: %1</translation>
        </message>
        <message>
            <source>Reply:</source>
            <translation type="unfinished">Ateb:</translation>
        </message>
    </context>
    <context>
        <name>action_items_dialog</name>
        <message>
            <source>General: not about one question</source>
            <translation type="unfinished">Cyffredinol: nid am un cwestiwn</translation>
        </message>
    </context>
    <context>
        <name>action_items_model</name>
        <message>
            <source>Overdue</source>
            <translation type="unfinished">Hwyr</translation>
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished">Y cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Agored</translation>
        </message>
    </context>
    <context>
        <name>action_items_view</name>
        <message>
            <source>No actions yet. Add each question put to the chief constable and each condition of approval, with who owns it and when it is due; record the force's reply when it comes.</source>
            <translation type="unfinished">Dim camau gweithredu eto. Ychwanegwch bob cwestiwn a ofynnir i'r prif gwnstabl a phob amod cymeradwyo, gyda phwy sy'n berchen arno a phryd mae'n ddyledus; cofnodwch ateb yr heddlu pan ddaw.</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;New scrutiny…</source>
            <translation type="unfinished">Craffu &amp;newydd…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished">&amp;Ffeil</translation>
        </message>
        <message>
            <source>Start a scrutiny of a technology deployment</source>
            <translation type="unfinished">Dechrau craffu ar ddefnydd o dechnoleg</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation type="unfinished">&amp;Mewnforio bwndel…</translation>
        </message>
        <message>
            <source>Add a scrutiny from a bundle another office exported</source>
            <translation type="unfinished">Ychwanegu craffu o fwndel a allforiwyd gan swyddfa arall</translation>
        </message>
        <message>
            <source>Add office &amp;template…</source>
            <translation type="unfinished">Ychwanegu &amp;templed swyddfa…</translation>
        </message>
        <message>
            <source>Add your office's own checklist or module from a YAML or JSON file</source>
            <translation type="unfinished">Ychwanegu rhestr wirio neu fodiwl eich swyddfa eich hun o ffeil YAML neu JSON</translation>
        </message>
        <message>
            <source>O&amp;ffice settings…</source>
            <translation type="unfinished">Gosodiadau'r s&amp;wyddfa…</translation>
        </message>
        <message>
            <source>The office's name, its decision-maker, its panel and the report logo</source>
            <translation type="unfinished">Enw'r swyddfa, y sawl sy'n penderfynu, ei phanel a logo'r adroddiadau</translation>
        </message>
        <message>
            <source>Si&amp;gning key…</source>
            <translation type="unfinished">Allwedd &amp;lofnodi…</translation>
        </message>
        <message>
            <source>Create or import the office's signing key and see its fingerprint</source>
            <translation type="unfinished">Creu neu fewnforio allwedd lofnodi'r swyddfa a gweld ei holion bysedd</translation>
        </message>
        <message>
            <source>Chec&amp;k a received file…</source>
            <translation type="unfinished">&amp;Gwirio ffeil a dderbyniwyd…</translation>
        </message>
        <message>
            <source>Who signed a PDF, bundle or archive, and whether it is unaltered</source>
            <translation type="unfinished">Pwy a lofnododd PDF, bwndel neu archif, ac a yw heb ei newid</translation>
        </message>
        <message>
            <source>&amp;Archive the whole record…</source>
            <translation type="unfinished">&amp;Archifo'r cofnod cyfan…</translation>
        </message>
        <message>
            <source>Write every scrutiny, file and record entry to one checked file for a successor</source>
            <translation type="unfinished">Ysgrifennu pob craffu, ffeil a chofnod i un ffeil wedi ei gwirio ar gyfer olynydd</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished">&amp;Gadael</translation>
        </message>
        <message>
            <source>Close Ethics Scrutiny</source>
            <translation type="unfinished">Cau Ethics Scrutiny</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished">&amp;Golygu</translation>
        </message>
        <message>
            <source>Undo the last change to an answer (typing in a note is one step)</source>
            <translation type="unfinished">Dadwneud y newid olaf i ateb (mae teipio mewn nodyn yn un cam)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Redo the change to an answer that was just undone</source>
            <translation type="unfinished">Ailwneud y newid i ateb a ddadwnaed newydd</translation>
        </message>
        <message>
            <source>Mark &amp;met</source>
            <translation type="unfinished">Nodi wedi ei &amp;fodloni</translation>
        </message>
        <message>
            <source>Answer the shown question: met</source>
            <translation type="unfinished">Ateb y cwestiwn a ddangosir: wedi ei fodloni</translation>
        </message>
        <message>
            <source>Mark &amp;partly met</source>
            <translation type="unfinished">Nodi wedi ei fodloni'n &amp;rhannol</translation>
        </message>
        <message>
            <source>Answer the shown question: partly met</source>
            <translation type="unfinished">Ateb y cwestiwn a ddangosir: wedi ei fodloni'n rhannol</translation>
        </message>
        <message>
            <source>Mark &amp;not met</source>
            <translation type="unfinished">Nodi &amp;heb ei fodloni</translation>
        </message>
        <message>
            <source>Answer the shown question: not met</source>
            <translation type="unfinished">Ateb y cwestiwn a ddangosir: heb ei fodloni</translation>
        </message>
        <message>
            <source>Mark un&amp;known</source>
            <translation type="unfinished">Nodi'n a&amp;nhysbys</translation>
        </message>
        <message>
            <source>Answer the shown question: unknown (evidence not yet seen)</source>
            <translation type="unfinished">Ateb y cwestiwn a ddangosir: anhysbys (heb weld y dystiolaeth eto)</translation>
        </message>
        <message>
            <source>Mark not &amp;applicable</source>
            <translation type="unfinished">Nodi'n a&amp;mherthnasol</translation>
        </message>
        <message>
            <source>Answer the shown question: not applicable</source>
            <translation type="unfinished">Ateb y cwestiwn a ddangosir: amherthnasol</translation>
        </message>
        <message>
            <source>&amp;Find scrutiny</source>
            <translation type="unfinished">&amp;Chwilio am graffu</translation>
        </message>
        <message>
            <source>S&amp;crutiny</source>
            <translation type="unfinished">&amp;Craffu</translation>
        </message>
        <message>
            <source>Search the list of scrutinies by title, force or technology</source>
            <translation type="unfinished">Chwilio'r rhestr craffu yn ôl teitl, heddlu neu dechnoleg</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished">&amp;Agor</translation>
        </message>
        <message>
            <source>Open the selected scrutiny's checklist</source>
            <translation type="unfinished">Agor rhestr wirio'r craffu a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation type="unfinished">Cwestiwn &amp;blaenorol</translation>
        </message>
        <message>
            <source>Go to the previous question</source>
            <translation type="unfinished">Mynd i'r cwestiwn blaenorol</translation>
        </message>
        <message>
            <source>Ne&amp;xt question</source>
            <translation type="unfinished">Cwestiwn &amp;nesaf</translation>
        </message>
        <message>
            <source>Go to the next question</source>
            <translation type="unfinished">Mynd i'r cwestiwn nesaf</translation>
        </message>
        <message>
            <source>Go to &amp;question…</source>
            <translation type="unfinished">Mynd i &amp;gwestiwn…</translation>
        </message>
        <message>
            <source>Find a question by its key or by words in it, and show it</source>
            <translation type="unfinished">Dod o hyd i gwestiwn yn ôl ei allwedd neu'r geiriau ynddo, a'i ddangos</translation>
        </message>
        <message>
            <source>&amp;Back to list</source>
            <translation type="unfinished">&amp;Yn ôl i'r rhestr</translation>
        </message>
        <message>
            <source>Return to the list of scrutinies</source>
            <translation type="unfinished">Dychwelyd i'r rhestr craffu</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation type="unfinished">&amp;Rhestr wirio</translation>
        </message>
        <message>
            <source>Show the open scrutiny's questions</source>
            <translation type="unfinished">Dangos cwestiynau'r craffu agored</translation>
        </message>
        <message>
            <source>Evidence &amp;register</source>
            <translation type="unfinished">Cofrestr d&amp;ystiolaeth</translation>
        </message>
        <message>
            <source>Show the documents and statements the force supplied</source>
            <translation type="unfinished">Dangos y dogfennau a'r datganiadau a gyflenwyd gan yr heddlu</translation>
        </message>
        <message>
            <source>Actions and co&amp;nditions</source>
            <translation type="unfinished">Camau gweithredu ac a&amp;modau</translation>
        </message>
        <message>
            <source>Show questions put to the chief constable and conditions of approval</source>
            <translation type="unfinished">Dangos cwestiynau a ofynnwyd i'r prif gwnstabl ac amodau cymeradwyo</translation>
        </message>
        <message>
            <source>Add e&amp;vidence…</source>
            <translation type="unfinished">Ychwanegu &amp;tystiolaeth…</translation>
        </message>
        <message>
            <source>Add a document or statement to the evidence register</source>
            <translation type="unfinished">Ychwanegu dogfen neu ddatganiad at y gofrestr dystiolaeth</translation>
        </message>
        <message>
            <source>Add ac&amp;tion or condition…</source>
            <translation type="unfinished">Ychwanegu cam &amp;gweithredu neu amod…</translation>
        </message>
        <message>
            <source>Record a question to the chief constable or a condition of approval</source>
            <translation type="unfinished">Cofnodi cwestiwn i'r prif gwnstabl neu amod cymeradwyo</translation>
        </message>
        <message>
            <source>S&amp;ummary…</source>
            <translation type="unfinished">Cry&amp;nodeb…</translation>
        </message>
        <message>
            <source>Readiness, red flags, theme heat map and open actions, before exporting</source>
            <translation type="unfinished">Parodrwydd, baneri coch, map gwres y themâu a chamau gweithredu agored, cyn allforio</translation>
        </message>
        <message>
            <source>&amp;Meeting mode</source>
            <translation type="unfinished">&amp;Modd cyfarfod</translation>
        </message>
        <message>
            <source>Full-screen, large-type walk through the summary and each red flag (Esc leaves)</source>
            <translation type="unfinished">Taith sgrin lawn, mewn llythrennau mawr, drwy'r crynodeb a phob baner goch (Esc i adael)</translation>
        </message>
        <message>
            <source>Scrutinise &amp;again…</source>
            <translation type="unfinished">Craffu &amp;eto…</translation>
        </message>
        <message>
            <source>Start a new round of this deployment, carrying the answers forward</source>
            <translation type="unfinished">Dechrau rownd newydd o'r defnydd hwn, gan gario'r atebion ymlaen</translation>
        </message>
        <message>
            <source>C&amp;hanges since previous round</source>
            <translation type="unfinished">&amp;Newidiadau ers y rownd flaenorol</translation>
        </message>
        <message>
            <source>What changed in the answers since the round before</source>
            <translation type="unfinished">Beth a newidiodd yn yr atebion ers y rownd flaenorol</translation>
        </message>
        <message>
            <source>Change sta&amp;ge…</source>
            <translation type="unfinished">Newid &amp;cam…</translation>
        </message>
        <message>
            <source>Move the deployment to proposal, pilot, live or review (recorded)</source>
            <translation type="unfinished">Symud y defnydd i gynnig, cynllun peilot, byw neu adolygiad (wedi ei gofnodi)</translation>
        </message>
        <message>
            <source>Scr&amp;eening…</source>
            <translation type="unfinished">Sg&amp;rinio…</translation>
        </message>
        <message>
            <source>The screening answers that set the impact level; changing them re-scopes the checklist (recorded)</source>
            <translation type="unfinished">Yr atebion sgrinio sy'n gosod y lefel effaith; mae eu newid yn ail-gwmpasu'r rhestr wirio (wedi'i gofnodi)</translation>
        </message>
        <message>
            <source>Framework &amp;coverage…</source>
            <translation type="unfinished">Cwmpas y &amp;fframweithiau…</translation>
        </message>
        <message>
            <source>How far the answers cover ALGOCARE, the Surveillance Camera Code, the NPCC AI Covenant and ATRS, and which elements remain unanswered</source>
            <translation type="unfinished">I ba raddau mae'r atebion yn ymdrin ag ALGOCARE, y Cod Camerâu Gwyliadwriaeth, Cyfamod AI yr NPCC ac ATRS, a pha elfennau sy'n dal heb eu hateb</translation>
        </message>
        <message>
            <source>Move to ne&amp;wer checklist version…</source>
            <translation type="unfinished">Symud i fersiwn &amp;newyddach o'r rhestr wirio…</translation>
        </message>
        <message>
            <source>See what a newer checklist version adds, changes and removes, then move to it</source>
            <translation type="unfinished">Gweld beth mae fersiwn newyddach o'r rhestr wirio yn ei ychwanegu, ei newid a'i dynnu, yna symud iddi</translation>
        </message>
        <message>
            <source>Record &amp;decision…</source>
            <translation type="unfinished">Cofnodi &amp;penderfyniad…</translation>
        </message>
        <message>
            <source>Recor&amp;d</source>
            <translation type="unfinished">C&amp;ofnod</translation>
        </message>
        <message>
            <source>Decision h&amp;istory</source>
            <translation type="unfinished">&amp;Hanes penderfyniadau</translation>
        </message>
        <message>
            <source>&amp;Verify record</source>
            <translation type="unfinished">&amp;Dilysu'r cofnod</translation>
        </message>
        <message>
            <source>Check that no entry in the decision record has been altered</source>
            <translation type="unfinished">Gwirio nad oes unrhyw gofnod yng nghofnod y penderfyniadau wedi ei newid</translation>
        </message>
        <message>
            <source>&amp;Back up record…</source>
            <translation type="unfinished">Gwneud copi &amp;wrth gefn o'r cofnod…</translation>
        </message>
        <message>
            <source>Save a checked copy of the whole record</source>
            <translation type="unfinished">Cadw copi wedi ei wirio o'r cofnod cyfan</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished">&amp;Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <source>Replace the record with a backup; the record as it is now is saved first</source>
            <translation type="unfinished">Rhoi copi wrth gefn yn lle'r cofnod; caiff y cofnod fel y mae nawr ei gadw yn gyntaf</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation type="unfinished">&amp;Canllaw</translation>
        </message>
        <message>
            <source>How a scrutiny runs, from screening to review</source>
            <translation type="unfinished">Sut mae craffu'n mynd rhagddo, o sgrinio i adolygu</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished">&amp;Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <source>Every command that has a key, by menu</source>
            <translation type="unfinished">Pob gorchymyn sydd ag allwedd, fesul dewislen</translation>
        </message>
        <message>
            <source>Open the &amp;demonstration</source>
            <translation type="unfinished">Agor yr &amp;arddangosiad</translation>
        </message>
        <message>
            <source>A part-done example scrutiny in a window and record of its own</source>
            <translation type="unfinished">Craffu enghreifftiol wedi ei hanner gwblhau mewn ffenestr a chofnod ar wahân</translation>
        </message>
        <message>
            <source>&amp;About Ethics Scrutiny</source>
            <translation type="unfinished">&amp;Ynghylch Ethics Scrutiny</translation>
        </message>
        <message>
            <source>What the app is, its version and where your work is kept</source>
            <translation type="unfinished">Beth yw'r ap, ei fersiwn a ble mae eich gwaith yn cael ei gadw</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;Help</translation>
        </message>
        <message>
            <source>Record the panel's advice or the office's decision in the record</source>
            <translation type="unfinished">Cofnodi cyngor y panel neu benderfyniad y swyddfa yn y cofnod</translation>
        </message>
        <message>
            <source>Every decision in order: panel advice, the office's decisions, the chief constable's, and which superseded which</source>
            <translation type="unfinished">Pob penderfyniad yn ei drefn: cyngor y panel, penderfyniadau'r swyddfa, rhai'r prif gwnstabl, a pha un a ddisodlodd pa un</translation>
        </message>
        <message>
            <source> or </source>
            <translation type="unfinished"> neu </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished">%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Ethics Scrutiny is already open</source>
            <translation type="unfinished">Mae Ethics Scrutiny eisoes ar agor</translation>
        </message>
        <message>
            <source>The data folder %1 cannot be used: %2</source>
            <translation type="unfinished">Ni ellir defnyddio'r ffolder data %1: %2</translation>
        </message>
        <message>
            <source>%1 on this computer with the same record. Switch to that window (it may be minimised), or close it before starting another copy.</source>
            <translation type="unfinished">%1 ar y cyfrifiadur hwn gyda'r un cofnod. Newidiwch i'r ffenestr honno (efallai ei bod wedi ei lleihau), neu caewch hi cyn dechrau copi arall.</translation>
        </message>
        <message>
            <source>%1: the record cannot be opened</source>
            <translation type="unfinished">%1: ni ellir agor y cofnod</translation>
        </message>
        <message>
            <source>Some of your office's templates were not loaded</source>
            <translation type="unfinished">Ni lwythwyd rhai o dempledi eich swyddfa</translation>
        </message>
        <message>
            <source>

Fix or remove the file in %1, then restart. Everything else works as normal.</source>
            <translation type="unfinished">

Cywirwch neu tynnwch y ffeil yn %1, yna ailgychwyn. Mae popeth arall yn gweithio fel arfer.</translation>
        </message>
    </context>
    <context>
        <name>bundle_admission</name>
        <message>
            <source>Bundle not imported</source>
            <translation type="unfinished">Ni fewnforiwyd y bwndel</translation>
        </message>
        <message>
            <source>%1 is signed by %2, whom this record does not know.

Certificate fingerprint:
%3

Compare it with the fingerprint the sending office publishes. Trust this certificate from now on and import the bundle?</source>
            <translation type="unfinished">Mae %1 wedi ei lofnodi gan %2, nad yw'r cofnod hwn yn ei adnabod.

Olion bysedd y dystysgrif:
%3

Cymharwch nhw â'r olion bysedd y mae'r swyddfa anfon yn eu cyhoeddi. Ymddiried yn y dystysgrif hon o hyn ymlaen a mewnforio'r bwndel?</translation>
        </message>
        <message>
            <source>Trust this signer?</source>
            <translation type="unfinished">Ymddiried yn y llofnodwr hwn?</translation>
        </message>
    </context>
    <context>
        <name>bundle_conflict_dialog</name>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Dewis…</translation>
        </message>
        <message>
            <source>Keep this record's</source>
            <translation type="unfinished">Cadw un y cofnod hwn</translation>
        </message>
        <message>
            <source>Take the bundle's</source>
            <translation type="unfinished">Cymryd un y bwndel</translation>
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished">Eitem</translation>
        </message>
        <message>
            <source>This record</source>
            <translation type="unfinished">Y cofnod hwn</translation>
        </message>
        <message>
            <source>The bundle</source>
            <translation type="unfinished">Y bwndel</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Cadw</translation>
        </message>
        <message>
            <source>
changed %1</source>
            <translation type="unfinished">
newidiwyd %1</translation>
        </message>
        <message>
            <source> (changed %1)</source>
            <translation type="unfinished"> (newidiwyd %1)</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation type="unfinished"> gan %1</translation>
        </message>
        <message>
            <source> (exported %1%2)</source>
            <translation type="unfinished"> (allforiwyd %1%2)</translation>
        </message>
        <message>
            <source>%1%2 was not imported, and nothing has been changed: %3 item(s) of “%4” were changed both in this record and in the bundle since they last met. Choose which to keep for each, then import; or import the bundle as a separate scrutiny so that nothing is lost.</source>
            <translation type="unfinished">Ni fewnforiwyd %1%2, ac nid oes dim wedi newid: newidiwyd %3 eitem o “%4” yn y cofnod hwn ac yn y bwndel ers iddynt gyfarfod ddiwethaf. Dewiswch pa un i'w gadw ar gyfer pob un, yna mewnforio; neu mewnforiwch y bwndel fel craffu ar wahân fel nad oes dim yn cael ei golli.</translation>
        </message>
        <message>
            <source>Taken from the bundle</source>
            <translation type="unfinished">Wedi eu cymryd o'r bwndel</translation>
        </message>
        <message>
            <source>Kept from this record</source>
            <translation type="unfinished">Wedi eu cadw o'r cofnod hwn</translation>
        </message>
        <message>
            <source>• and %1 more</source>
            <translation type="unfinished">• a %1 arall</translation>
        </message>
    </context>
    <context>
        <name>bundle_import_confirm</name>
        <message>
            <source>This bundle is not signed: its checksum shows whether it was damaged, not who made it or whether someone changed it. Import only bundles you received from a known office.</source>
            <translation type="unfinished">Nid yw'r bwndel hwn wedi ei lofnodi: mae ei swm gwirio yn dangos a gafodd ei ddifrodi, nid pwy a'i gwnaeth nac a newidiodd rhywun ef. Mewnforiwch dim ond bwndeli a gawsoch gan swyddfa hysbys.</translation>
        </message>
    </context>
    <context>
        <name>checklist_controller</name>
        <message>
            <source>Saved</source>
            <translation type="unfinished">Wedi cadw</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished">Yn cadw…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished">Heb ei gadw</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>Your change: %1 unanswered.</source>
            <translation type="unfinished">Eich newid: %1 heb ei ateb.</translation>
        </message>
        <message>
            <source>no rating</source>
            <translation type="unfinished">dim sgôr</translation>
        </message>
        <message>
            <source> (sensitive)</source>
            <translation type="unfinished"> (sensitif)</translation>
        </message>
        <message>
            <source>

Your note%1:
%2</source>
            <translation type="unfinished">

Eich nodyn%1:
%2</translation>
        </message>
        <message>
            <source>Your answer to %1: %2, %3.%4</source>
            <translation type="unfinished">Eich ateb i %1: %2, %3.%4</translation>
        </message>
    </context>
    <context>
        <name>checklist_model</name>
        <message>
            <source>Themes, with their questions below</source>
            <translation type="unfinished">Themâu, gyda'u cwestiynau oddi tanynt</translation>
        </message>
        <message>
            <source>Questions answered in a theme, or a question's status</source>
            <translation type="unfinished">Cwestiynau a atebwyd mewn thema, neu statws cwestiwn</translation>
        </message>
        <message>
            <source>RAG rating: Green, Amber, Red or Not rated</source>
            <translation type="unfinished">Sgôr RAG: Gwyrdd, Ambr, Coch neu Heb sgôr</translation>
        </message>
        <message>
            <source>Red flags: critical questions that are not met</source>
            <translation type="unfinished">Baneri coch: cwestiynau allweddol heb eu bodloni</translation>
        </message>
        <message>
            <source>Theme or question</source>
            <translation type="unfinished">Thema neu gwestiwn</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished">Cynnydd</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation type="unfinished">Sgôr</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation type="unfinished">Baneri</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation type="unfinished">Pob cwestiwn</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation type="unfinished">Heb eu hateb</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation type="unfinished">Baneri coch</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered</source>
            <translation type="unfinished">%1 o %2 cwestiwn wedi eu hateb</translation>
        </message>
        <message>
            <source>Red flags: %1</source>
            <translation type="unfinished">Baneri coch: %1</translation>
        </message>
        <message>
            <source>Out of scope: %1</source>
            <translation type="unfinished">Y tu allan i'r cwmpas: %1</translation>
        </message>
        <message>
            <source>Questions not asked in this scrutiny, with why; any answer given is kept and counts again if the question comes back into scope</source>
            <translation type="unfinished">Cwestiynau na ofynnir yn y craffu hwn, a pham; cedwir unrhyw ateb a roddwyd, ac mae'n cyfrif eto os daw'r cwestiwn yn ôl i'r cwmpas</translation>
        </message>
        <message>
            <source>Out of scope</source>
            <translation type="unfinished">Y tu allan i'r cwmpas</translation>
        </message>
        <message>
            <source>%1, out of scope (%2): %3</source>
            <translation type="unfinished">%1, y tu allan i'r cwmpas (%2): %3</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished">Heb ei ateb</translation>
        </message>
        <message>
            <source>%1, critical</source>
            <translation type="unfinished">%1, allweddol</translation>
        </message>
        <message>
            <source>Counts as not met: %1 (because %2 %3 not met)</source>
            <translation type="unfinished">Yn cyfrif fel heb ei fodloni: %1 (oherwydd bod %2 %3 heb ei fodloni)</translation>
        </message>
    </context>
    <context>
        <name>checklist_undo</name>
        <message>
            <source>answer to %1</source>
            <translation type="unfinished">ateb i %1</translation>
        </message>
        <message>
            <source>note on %1</source>
            <translation type="unfinished">nodyn ar %1</translation>
        </message>
        <message>
            <source>status of %1 (%2)</source>
            <translation type="unfinished">statws %1 (%2)</translation>
        </message>
        <message>
            <source>No rating</source>
            <translation type="unfinished">Dim sgôr</translation>
        </message>
        <message>
            <source>rating of %1 (%2)</source>
            <translation type="unfinished">sgôr %1 (%2)</translation>
        </message>
        <message>
            <source>sensitive mark on %1</source>
            <translation type="unfinished">marc sensitif ar %1</translation>
        </message>
    </context>
    <context>
        <name>checklist_view</name>
        <message>
            <source>&lt;b&gt;Ready for panel&lt;/b&gt;</source>
            <translation type="unfinished">&lt;b&gt;Yn barod ar gyfer y panel&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not ready:&lt;/b&gt; critical questions not met (red flags)</source>
            <translation type="unfinished">&lt;b&gt;Ddim yn barod:&lt;/b&gt; cwestiynau allweddol heb eu bodloni (baneri coch)</translation>
        </message>
        <message>
            <source>%1  ·  Red flags: %2  ·  Answered %3 of %4</source>
            <translation type="unfinished">%1  ·  Baneri coch: %2  ·  Wedi ateb %3 o %4</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Not ready:&lt;/b&gt; %n critical question(s) unanswered or unknown</source>
            <translation type="unfinished">
                <numerusform>&lt;b&gt;Ddim yn barod:&lt;/b&gt; %n cwestiwn allweddol heb eu hateb neu'n anhysbys</numerusform>
                <numerusform>&lt;b&gt;Ddim yn barod:&lt;/b&gt; %n cwestiwn allweddol heb eu hateb neu'n anhysbys</numerusform>
                <numerusform>&lt;b&gt;Ddim yn barod:&lt;/b&gt; %n cwestiwn allweddol heb eu hateb neu'n anhysbys</numerusform>
                <numerusform>&lt;b&gt;Ddim yn barod:&lt;/b&gt; %n cwestiwn allweddol heb eu hateb neu'n anhysbys</numerusform>
                <numerusform>&lt;b&gt;Ddim yn barod:&lt;/b&gt; %n cwestiwn allweddol heb eu hateb neu'n anhysbys</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>condition_picker</name>
        <message>
            <source>Resolves: no question chosen yet</source>
            <translation type="unfinished">Yn datrys: dim cwestiwn wedi ei ddewis eto</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation type="unfinished">baner goch</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong that Ethics Scrutiny did not expect. Answers you have already seen marked “Saved” are kept in the record.

What happened: %1

</source>
            <translation type="unfinished">Aeth rhywbeth o'i le nad oedd Ethics Scrutiny yn ei ddisgwyl. Mae atebion rydych eisoes wedi eu gweld wedi eu nodi'n “Wedi cadw” yn cael eu cadw yn y cofnod.

Beth ddigwyddodd: %1

</translation>
        </message>
        <message>
            <source>Details are in the log file:
%1</source>
            <translation type="unfinished">Mae'r manylion yn y ffeil log:
%1</translation>
        </message>
        <message>
            <source>No log file is set up.</source>
            <translation type="unfinished">Nid oes ffeil log wedi ei gosod.</translation>
        </message>
        <message>
            <source>Ethics Scrutiny: unexpected error</source>
            <translation type="unfinished">Ethics Scrutiny: gwall annisgwyl</translation>
        </message>
    </context>
    <context>
        <name>dashboard_strip</name>
        <message numerus="yes">
            <source>⚑ With red flags: %n</source>
            <translation type="unfinished">
                <numerusform>⚑ Gyda baneri coch: %n</numerusform>
                <numerusform>⚑ Gyda baneri coch: %n</numerusform>
                <numerusform>⚑ Gyda baneri coch: %n</numerusform>
                <numerusform>⚑ Gyda baneri coch: %n</numerusform>
                <numerusform>⚑ Gyda baneri coch: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ With overdue actions: %n</source>
            <translation type="unfinished">
                <numerusform>⚠ Gyda chamau gweithredu hwyr: %n</numerusform>
                <numerusform>⚠ Gyda chamau gweithredu hwyr: %n</numerusform>
                <numerusform>⚠ Gyda chamau gweithredu hwyr: %n</numerusform>
                <numerusform>⚠ Gyda chamau gweithredu hwyr: %n</numerusform>
                <numerusform>⚠ Gyda chamau gweithredu hwyr: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Review overdue: %n</source>
            <translation type="unfinished">
                <numerusform>⚠ Adolygiad yn hwyr: %n</numerusform>
                <numerusform>⚠ Adolygiad yn hwyr: %n</numerusform>
                <numerusform>⚠ Adolygiad yn hwyr: %n</numerusform>
                <numerusform>⚠ Adolygiad yn hwyr: %n</numerusform>
                <numerusform>⚠ Adolygiad yn hwyr: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review due within %1 days: %n</source>
            <translation type="unfinished">
                <numerusform>Adolygiad yn ddyledus o fewn %1 diwrnod: %n</numerusform>
                <numerusform>Adolygiad yn ddyledus o fewn %1 diwrnod: %n</numerusform>
                <numerusform>Adolygiad yn ddyledus o fewn %1 diwrnod: %n</numerusform>
                <numerusform>Adolygiad yn ddyledus o fewn %1 diwrnod: %n</numerusform>
                <numerusform>Adolygiad yn ddyledus o fewn %1 diwrnod: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Approval lapsed: %n</source>
            <translation type="unfinished">
                <numerusform>⚠ Cymeradwyaeth wedi dod i ben: %n</numerusform>
                <numerusform>⚠ Cymeradwyaeth wedi dod i ben: %n</numerusform>
                <numerusform>⚠ Cymeradwyaeth wedi dod i ben: %n</numerusform>
                <numerusform>⚠ Cymeradwyaeth wedi dod i ben: %n</numerusform>
                <numerusform>⚠ Cymeradwyaeth wedi dod i ben: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Scrutinies with a critical question not met; press to show only them</source>
            <translation type="unfinished">Craffu gyda chwestiwn allweddol heb ei fodloni; pwyswch i ddangos y rheini'n unig</translation>
        </message>
        <message>
            <source>Scrutinies with an open action past its due date</source>
            <translation type="unfinished">Craffu gyda cham gweithredu agored wedi mynd heibio i'w ddyddiad dyledus</translation>
        </message>
        <message>
            <source>Scrutinies whose standing decision's review date has passed</source>
            <translation type="unfinished">Craffu y mae dyddiad adolygu eu penderfyniad sefydlog wedi mynd heibio</translation>
        </message>
        <message>
            <source>Scrutinies due for review in the next %1 days</source>
            <translation type="unfinished">Craffu sy'n ddyledus i'w hadolygu yn ystod y %1 diwrnod nesaf</translation>
        </message>
        <message>
            <source>Scrutinies whose approval (support, with or without conditions) is past its review date; press to show only them</source>
            <translation type="unfinished">Craffu y mae eu cymeradwyaeth (cefnogaeth, gydag amodau neu hebddynt) wedi mynd heibio i'w dyddiad adolygu; pwyswch i ddangos y rheini'n unig</translation>
        </message>
    </context>
    <context>
        <name>decision_dialog</name>
        <message>
            <source>A recorded decision cannot be changed or deleted. If it is wrong, record a new decision that supersedes it; both stay in the record.</source>
            <translation type="unfinished">Ni ellir newid na dileu penderfyniad a gofnodwyd. Os yw'n anghywir, cofnodwch benderfyniad newydd sy'n ei ddisodli; mae'r ddau yn aros yn y cofnod.</translation>
        </message>
        <message>
            <source>Ethics panels advise; the office's decision-maker (holding the chief constable to account) and the chief constable decide. Record the panel's advice and the office's decision as separate entries.</source>
            <translation type="unfinished">Mae paneli moeseg yn cynghori; mae'r sawl sy'n penderfynu yn y swyddfa (sy'n dwyn y prif gwnstabl i gyfrif) a'r prif gwnstabl yn penderfynu. Cofnodwch gyngor y panel a phenderfyniad y swyddfa fel cofnodion ar wahân.</translation>
        </message>
        <message>
            <source>Nothing: this is a new decision</source>
            <translation type="unfinished">Dim: mae hwn yn benderfyniad newydd</translation>
        </message>
        <message>
            <source>Needed only to support while red flags on 'should' or 'could' questions stand: say why the decision-maker accepts them. No reason sets aside a 'must' flag. It is printed prominently in the report.</source>
            <translation type="unfinished">Dim ond ei angen i gefnogi tra bo baneri coch ar gwestiynau 'dylid' neu 'gellid' yn sefyll: dywedwch pam mae'r sawl sy'n penderfynu yn eu derbyn. Nid oes rheswm yn diystyru baner 'rhaid'. Caiff ei argraffu'n amlwg yn yr adroddiad.</translation>
        </message>
    </context>
    <context>
        <name>decision_history_view</name>
        <message>
            <source>Stands</source>
            <translation type="unfinished">Yn sefyll</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished">Tynnwyd yn ôl</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Rhesymeg:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>decision %1</source>
            <translation type="unfinished">penderfyniad %1</translation>
        </message>
        <message>
            <source>record entry #%1</source>
            <translation type="unfinished">cofnod #%1</translation>
        </message>
        <message>
            <source>Superseded by %1</source>
            <translation type="unfinished">Disodlwyd gan %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Decision %1: %2&lt;/b&gt; — %3, %4 (record entry #%5)&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Penderfyniad %1: %2&lt;/b&gt; — %3, %4 (cofnod #%5)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Conditions:&lt;/b&gt;&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Amodau:&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Supersedes %1.&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;Yn disodli %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Superseded by %1.&lt;/b&gt;&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Disodlwyd gan %1.&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Withdrawn:&lt;/b&gt; %1&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Tynnwyd yn ôl:&lt;/b&gt; %1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation type="unfinished">dim wedi eu cofnodi</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Override of red flags (%1):&lt;/b&gt; %2&lt;/p&gt;</source>
            <translation type="unfinished">&lt;p&gt;&lt;b&gt;Diystyru baneri coch (%1):&lt;/b&gt; %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <source>Unsaved notes kept</source>
            <translation type="unfinished">Cadwyd testun nodiadau heb eu cadw</translation>
        </message>
        <message>
            <source>Ethics Scrutiny closed before it could save what was typed in the notes on %1. The text was kept.

Put it back into the checklist, where it is then saved as usual?</source>
            <translation type="unfinished">Caeodd Ethics Scrutiny cyn iddo allu cadw'r hyn a deipiwyd yn y nodiadau ar %1. Cadwyd y testun.

Ei roi'n ôl yn y rhestr wirio, lle caiff ei gadw yn ôl yr arfer?</translation>
        </message>
        <message>
            <source>&amp;Restore the notes</source>
            <translation type="unfinished">&amp;Adfer y nodiadau</translation>
        </message>
        <message>
            <source>&amp;Discard them</source>
            <translation type="unfinished">&amp;Gwaredu'r rhain</translation>
        </message>
    </context>
    <context>
        <name>evidence_controller</name>
        <message>
            <source>Adding the evidence (copying its file into the record)…</source>
            <translation type="unfinished">Yn ychwanegu'r dystiolaeth (yn copïo ei ffeil i'r cofnod)…</translation>
        </message>
        <message>
            <source>Title: %1</source>
            <translation type="unfinished">Teitl: %1</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation type="unfinished">Math: %1</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation type="unfinished">Cyfeirnod: %1</translation>
        </message>
        <message>
            <source>Questions: %1</source>
            <translation type="unfinished">Cwestiynau: %1</translation>
        </message>
    </context>
    <context>
        <name>evidence_dialog</name>
        <message>
            <source>No file attached</source>
            <translation type="unfinished">Dim ffeil ynghlwm</translation>
        </message>
        <message>
            <source>The file is kept by its SHA-256 and cannot be swapped; add a new item for a new version.</source>
            <translation type="unfinished">Caiff y ffeil ei chadw yn ôl ei SHA-256 ac ni ellir ei chyfnewid; ychwanegwch eitem newydd ar gyfer fersiwn newydd.</translation>
        </message>
    </context>
    <context>
        <name>evidence_model</name>
        <message>
            <source>file not supplied by the sending office</source>
            <translation type="unfinished">ni chyflenwyd y ffeil gan y swyddfa a'i hanfonodd</translation>
        </message>
        <message>
            <source>%1 (withdrawn: %2)</source>
            <translation type="unfinished">%1 (tynnwyd yn ôl: %2)</translation>
        </message>
        <message>
            <source>No file</source>
            <translation type="unfinished">Dim ffeil</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation type="unfinished">Sensitif</translation>
        </message>
        <message>
            <source>, %1 bytes</source>
            <translation type="unfinished">, %1 beit</translation>
        </message>
        <message>
            <source>%1%2, SHA-256 %3%4</source>
            <translation type="unfinished">%1%2, SHA-256 %3%4</translation>
        </message>
        <message>
            <source>Dated %1</source>
            <translation type="unfinished">Dyddiedig %1</translation>
        </message>
        <message>
            <source>received %1</source>
            <translation type="unfinished">derbyniwyd %1</translation>
        </message>
        <message>
            <source>No date</source>
            <translation type="unfinished">Dim dyddiad</translation>
        </message>
        <message>
            <source>Not linked to any question</source>
            <translation type="unfinished">Heb ei gysylltu ag unrhyw gwestiwn</translation>
        </message>
        <message>
            <source>Sensitive: left out of public exports</source>
            <translation type="unfinished">Sensitif: wedi ei adael allan o allforion cyhoeddus</translation>
        </message>
        <message>
            <source>Not sensitive</source>
            <translation type="unfinished">Ddim yn sensitif</translation>
        </message>
    </context>
    <context>
        <name>evidence_view</name>
        <message>
            <source>Nothing in the register yet. Add each document or statement the force supplies, attach its file, and link it to the questions it answers.</source>
            <translation type="unfinished">Dim byd yn y gofrestr eto. Ychwanegwch bob dogfen neu ddatganiad a gyflenwir gan yr heddlu, atodwch ei ffeil, a'i chysylltu â'r cwestiynau y mae'n eu hateb.</translation>
        </message>
    </context>
    <context>
        <name>export_controller</name>
        <message>
            <source>public summary</source>
            <translation type="unfinished">crynodeb cyhoeddus</translation>
        </message>
        <message>
            <source>panel report</source>
            <translation type="unfinished">adroddiad y panel</translation>
        </message>
        <message>
            <source>Save the %1 as PDF</source>
            <translation type="unfinished">Cadw'r %1 fel PDF</translation>
        </message>
        <message>
            <source>Save the %1</source>
            <translation type="unfinished">Cadw'r %1</translation>
        </message>
        <message>
            <source> - public summary</source>
            <translation type="unfinished"> - crynodeb cyhoeddus</translation>
        </message>
        <message>
            <source> - panel report</source>
            <translation type="unfinished"> - adroddiad y panel</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Canslo</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation type="unfinished">Yn allforio</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation type="unfinished">Cynnydd yr allforio</translation>
        </message>
        <message>
            <source>Cancel the export</source>
            <translation type="unfinished">Canslo'r allforio</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Record backups (*.db)</source>
            <translation type="unfinished">Copïau wrth gefn o'r cofnod (*.db)</translation>
        </message>
        <message>
            <source>Back up the record to</source>
            <translation type="unfinished">Gwneud copi wrth gefn o'r cofnod i</translation>
        </message>
        <message>
            <source>Import a scrutiny bundle</source>
            <translation type="unfinished">Mewnforio bwndel craffu</translation>
        </message>
        <message>
            <source>Attach an evidence file</source>
            <translation type="unfinished">Atodi ffeil dystiolaeth</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished">Pob ffeil (*)</translation>
        </message>
    </context>
    <context>
        <name>framework_coverage_view</name>
        <message>
            <source>An element is met when every question tagged with it is met (or not applicable), not met when one is answered otherwise, and not answered while none has an answer but “unknown”. A “met” that a consistency rule doubts counts as not met. Frameworks this checklist asks nothing about are left out.</source>
            <translation type="unfinished">Mae elfen wedi ei bodloni pan fo pob cwestiwn sydd wedi ei dagio â hi wedi ei fodloni (neu'n amherthnasol), heb ei bodloni pan atebir un fel arall, a heb ei hateb tra nad oes gan yr un ateb ond “anhysbys”. Mae “wedi ei fodloni” y mae rheol gysondeb yn ei amau yn cyfrif fel heb ei fodloni. Gadewir allan fframweithiau nad yw'r rhestr wirio hon yn gofyn dim amdanynt.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished">Wedi ei fodloni</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished">Heb ei fodloni</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished">Heb ei ateb</translation>
        </message>
        <message>
            <source>No question in this checklist</source>
            <translation type="unfinished">Dim cwestiwn yn y rhestr wirio hon</translation>
        </message>
        <message>
            <source>Framework and element</source>
            <translation type="unfinished">Fframwaith ac elfen</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation type="unfinished">Cwmpas</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished">Cwestiynau</translation>
        </message>
        <message>
            <source>%1 of %2 met, %3 not met, %4 not answered</source>
            <translation type="unfinished">%1 o %2 wedi eu bodloni, %3 heb eu bodloni, %4 heb eu hateb</translation>
        </message>
        <message>
            <source>not answered: %1</source>
            <translation type="unfinished">heb eu hateb: %1</translation>
        </message>
        <message>
            <source>all answered</source>
            <translation type="unfinished">pob un wedi ei ateb</translation>
        </message>
        <message>
            <source>Ask the force directly, or add an office question</source>
            <translation type="unfinished">Gofynnwch i'r heddlu yn uniongyrchol, neu ychwanegwch gwestiwn swyddfa</translation>
        </message>
        <message>
            <source>%1 (not answered)</source>
            <translation type="unfinished">%1 (heb ei ateb)</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>1. Once: tell the app who your office is</source>
            <translation type="unfinished">1. Unwaith: dywedwch wrth yr ap pwy yw eich swyddfa</translation>
        </message>
        <message>
            <source>File ▸ Office settings holds the office's name, its decision-maker, the ethics panel and the logo printed on reports. A signing key (File ▸ Signing key) lets others check that a report or bundle came from your office unaltered.</source>
            <translation type="unfinished">Mae Ffeil ▸ Gosodiadau'r swyddfa yn cadw enw'r swyddfa, y sawl sy'n gwneud penderfyniadau, y panel moeseg a'r logo a argraffir ar adroddiadau. Mae allwedd lofnodi (Ffeil ▸ Allwedd lofnodi) yn gadael i eraill wirio bod adroddiad neu fwndel wedi dod o'ch swyddfa heb ei newid.</translation>
        </message>
        <message>
            <source>2. Start a scrutiny and screen it</source>
            <translation type="unfinished">2. Dechrau craffu a'i sgrinio</translation>
        </message>
        <message>
            <source>Start one scrutiny for each deployment (%1): its title, the force, the technology, its stage and the marking. The screening questions set how much scrutiny the deployment needs, and so which questions the checklist asks; Scrutiny ▸ Screening changes the answers later, and the change is recorded.</source>
            <translation type="unfinished">Dechreuwch un craffu ar gyfer pob defnydd (%1): ei deitl, yr heddlu, y dechnoleg, ei gam a'r marcio. Mae'r cwestiynau sgrinio yn pennu faint o graffu sydd ei angen, ac felly pa gwestiynau y mae'r rhestr wirio yn eu gofyn; mae Craffu ▸ Sgrinio yn newid yr atebion yn nes ymlaen, a chaiff y newid ei gofnodi.</translation>
        </message>
        <message>
            <source>3. Work through the checklist</source>
            <translation type="unfinished">3. Gweithio drwy'r rhestr wirio</translation>
        </message>
        <message>
            <source>Each question says why it matters, the evidence to ask the force for, and what counts as a red flag. Give each an answer (%1 to Ctrl+5), a rating and a note; notes save as you type and every change can be undone. A note marked Sensitive stays out of the public summary.</source>
            <translation type="unfinished">Mae pob cwestiwn yn dweud pam ei fod yn bwysig, y dystiolaeth i'w gofyn gan yr heddlu, a beth sy'n cyfrif fel baner goch. Rhowch ateb i bob un (%1 i Ctrl+5), sgôr a nodyn; caiff nodiadau eu cadw wrth i chi deipio a gellir dadwneud pob newid. Mae nodyn wedi'i farcio'n Sensitif yn cael ei gadw allan o'r crynodeb cyhoeddus.</translation>
        </message>
        <message>
            <source>4. Keep the evidence and the actions</source>
            <translation type="unfinished">4. Cadw'r dystiolaeth a'r camau gweithredu</translation>
        </message>
        <message>
            <source>The evidence register (%1) lists every document or statement the force supplied, linked to the questions it answers; files are kept with a fingerprint so any later change shows. Actions and conditions hold the questions put to the chief constable and the conditions of approval, each with an owner and a due date.</source>
            <translation type="unfinished">Mae'r gofrestr dystiolaeth (%1) yn rhestru pob dogfen neu ddatganiad a roddodd yr heddlu, wedi'u cysylltu â'r cwestiynau y maent yn eu hateb; caiff ffeiliau eu cadw gydag ôl bys fel bod unrhyw newid diweddarach i'w weld. Mae camau gweithredu ac amodau yn cadw'r cwestiynau a roddwyd i'r prif gwnstabl ac amodau cymeradwyo, pob un gyda pherchennog a dyddiad dyledus.</translation>
        </message>
        <message>
            <source>5. Prepare for the panel</source>
            <translation type="unfinished">5. Paratoi ar gyfer y panel</translation>
        </message>
        <message>
            <source>The summary (%1) shows readiness, red flags, theme ratings and open actions. Export the panel paper as a PDF (File menu) and, for publication, the public summary. Meeting mode walks the panel through the summary and each red flag in large type.</source>
            <translation type="unfinished">Mae'r crynodeb (%1) yn dangos parodrwydd, baneri coch, sgoriau themâu a chamau gweithredu agored. Allforiwch bapur y panel fel PDF (dewislen Ffeil) ac, i'w gyhoeddi, y crynodeb cyhoeddus. Mae'r modd cyfarfod yn tywys y panel drwy'r crynodeb a phob baner goch mewn print mawr.</translation>
        </message>
        <message>
            <source>6. Record the advice and the decision</source>
            <translation type="unfinished">6. Cofnodi'r cyngor a'r penderfyniad</translation>
        </message>
        <message>
            <source>Record the panel's advice, then the decision-maker's decision, as separate entries (%1). A recorded decision is never edited: a later one replaces it, and both stay in the record. Support with conditions turns each condition into an open action.</source>
            <translation type="unfinished">Cofnodwch gyngor y panel, yna penderfyniad y sawl sy'n gwneud penderfyniadau, fel cofnodion ar wahân (%1). Ni chaiff penderfyniad a gofnodwyd byth ei olygu: mae un diweddarach yn cymryd ei le, ac mae'r ddau'n aros yn y cofnod. Mae cefnogaeth ag amodau yn troi pob amod yn gam gweithredu agored.</translation>
        </message>
        <message>
            <source>7. Review</source>
            <translation type="unfinished">7. Adolygu</translation>
        </message>
        <message>
            <source>Every approval carries a review date. The list of scrutinies shows reviews due, overdue actions and lapsed approvals. Scrutinise again starts a new round that carries the answers forward, and shows what changed since the last one.</source>
            <translation type="unfinished">Mae dyddiad adolygu ar bob cymeradwyaeth. Mae'r rhestr o graffu yn dangos adolygiadau sy'n ddyledus, camau gweithredu hwyr a chymeradwyaethau sydd wedi dod i ben. Mae Craffu eto yn dechrau rownd newydd sy'n cario'r atebion ymlaen, ac yn dangos beth sydd wedi newid ers yr un ddiwethaf.</translation>
        </message>
        <message>
            <source>The record, and working offline</source>
            <translation type="unfinished">Y cofnod, a gweithio all-lein</translation>
        </message>
        <message>
            <source>Everything is kept on this computer (or your office's own database server) and the app never needs the internet. Decisions, answers, evidence and exports are entries in a chained record: Verify record (%1) shows that nothing in it has been altered. Back up the record from the Record menu.</source>
            <translation type="unfinished">Caiff popeth ei gadw ar y cyfrifiadur hwn (neu weinydd cronfa ddata eich swyddfa ei hun) ac nid oes angen y rhyngrwyd ar yr ap byth. Mae penderfyniadau, atebion, tystiolaeth ac allforion yn gofnodion mewn cofnod cadwynog: mae Gwirio'r cofnod (%1) yn dangos nad oes dim ynddo wedi'i newid. Gwnewch gopi wrth gefn o'r cofnod o'r ddewislen Cofnod.</translation>
        </message>
    </context>
    <context>
        <name>headers</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Math</translation>
        </message>
        <message>
            <source>Question or condition</source>
            <translation type="unfinished">Cwestiwn neu amod</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished">Perchennog</translation>
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished">Dyledus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Statws</translation>
        </message>
        <message>
            <source>Force's reply</source>
            <translation type="unfinished">Ateb yr heddlu</translation>
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished">Ynghylch</translation>
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished">Rhif</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation type="unfinished">Penderfynwyd</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished">Swyddogaeth</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Canlyniad</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished">Penderfynwyd gan</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished">Dyddiad adolygu</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation type="unfinished">Sefyll</translation>
        </message>
        <message>
            <source>Record entry</source>
            <translation type="unfinished">Cofnod</translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Teitl</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished">Cyfeirnod</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Dyddiad</translation>
        </message>
        <message>
            <source>File and SHA-256</source>
            <translation type="unfinished">Ffeil a SHA-256</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished">Cwestiynau</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation type="unfinished">Sensitif</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished">Thema</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation type="unfinished">Sgôr</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished">Wedi ateb</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation type="unfinished">Baneri coch</translation>
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished">Cwestiwn</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Newid</translation>
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished">Cynt</translation>
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished">Nawr</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>Sett&amp;ings</source>
            <translation type="unfinished">&amp;Gosodiadau</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished">&amp;Iaith</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Iaith</translation>
        </message>
        <message>
            <source>The new language is used from the next time you start Ethics Scrutiny. Your record and reports are not affected.</source>
            <translation type="unfinished">Defnyddir yr iaith newydd o'r tro nesaf y byddwch yn dechrau Ethics Scrutiny. Nid yw'n effeithio ar eich cofnod na'ch adroddiadau.</translation>
        </message>
    </context>
    <context>
        <name>level_panel</name>
        <message>
            <source>Only the questions the law requires (must) are asked.</source>
            <translation type="unfinished">Dim ond y cwestiynau y mae'r gyfraith yn eu mynnu (rhaid) a ofynnir.</translation>
        </message>
        <message>
            <source>The questions the law requires and expected good practice (should).</source>
            <translation type="unfinished">Y cwestiynau y mae'r gyfraith yn eu mynnu ac arfer da disgwyliedig (dylai).</translation>
        </message>
        <message>
            <source>Every question is asked.</source>
            <translation type="unfinished">Gofynnir pob cwestiwn.</translation>
        </message>
        <message>
            <source>Every question is asked, with an independent review and a review date within a year.</source>
            <translation type="unfinished">Gofynnir pob cwestiwn, gydag adolygiad annibynnol a dyddiad adolygu o fewn blwyddyn.</translation>
        </message>
        <message>
            <source>Not screened: every question will be asked</source>
            <translation type="unfinished">Heb ei sgrinio: gofynnir pob cwestiwn</translation>
        </message>
    </context>
    <context>
        <name>meeting_controller</name>
        <message>
            <source>Panel comment, %1 %2: %3</source>
            <translation type="unfinished">Sylw'r panel, %1 %2: %3</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished">Newidiwyd gan rywun arall</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished">&amp;Agor</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation type="unfinished">Dangos yn y &amp;ffolder</translation>
        </message>
        <message>
            <source>Record failed verification</source>
            <translation type="unfinished">Methodd y cofnod ei ddilysu</translation>
        </message>
        <message>
            <source>%1

Write the report all the same? Every page will be marked RECORD FAILED VERIFICATION, and the record notes that it was written despite the failure.</source>
            <translation type="unfinished">%1

Ysgrifennu'r adroddiad beth bynnag? Caiff pob tudalen ei nodi METHODD Y COFNOD EI DDILYSU, ac mae'r cofnod yn nodi iddo gael ei ysgrifennu er gwaethaf y methiant.</translation>
        </message>
        <message>
            <source>Write it marked as failed</source>
            <translation type="unfinished">Ei ysgrifennu wedi ei nodi fel methiant</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation type="unfinished">&amp;Ail-lwytho</translation>
        </message>
        <message>
            <source>Your text is on the clipboard, so you can paste it back after reloading. </source>
            <translation type="unfinished">Mae eich testun ar y clipfwrdd, felly gallwch ei ludo'n ôl ar ôl ail-lwytho. </translation>
        </message>
        <message>
            <source>%1Reload shows their version; your change is listed under Show Details. Cancel leaves the page as it is, and your change stays unsaved.</source>
            <translation type="unfinished">%1Mae Ail-lwytho yn dangos eu fersiwn nhw; mae eich newid wedi ei restru o dan Dangos Manylion. Mae Canslo yn gadael y dudalen fel y mae, ac mae eich newid yn aros heb ei gadw.</translation>
        </message>
        <message>
            <source>%1 on %2 %3</source>
            <translation type="unfinished">%1 ar %2 %3</translation>
        </message>
    </context>
    <context>
        <name>new_scrutiny_dialog</name>
        <message>
            <source>English</source>
            <translation type="unfinished">Saesneg</translation>
        </message>
        <message>
            <source>Cymraeg (Welsh)</source>
            <translation type="unfinished">Cymraeg</translation>
        </message>
    </context>
    <context>
        <name>office_controller</name>
        <message>
            <source>Record archives (*.zip)</source>
            <translation type="unfinished">Archifau'r cofnod (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>passphrase</name>
        <message>
            <source>Not signed</source>
            <translation type="unfinished">Heb ei lofnodi</translation>
        </message>
        <message>
            <source>The signing key's passphrase:</source>
            <translation type="unfinished">Cyfrinymadrodd yr allwedd lofnodi:</translation>
        </message>
    </context>
    <context>
        <name>question_view</name>
        <message>
            <source>No rating</source>
            <translation type="unfinished">Dim sgôr</translation>
        </message>
        <message>
            <source>No evidence linked to this question yet (add it in the Evidence register tab)</source>
            <translation type="unfinished">Dim tystiolaeth wedi ei chysylltu â'r cwestiwn hwn eto (ychwanegwch hi yn nhab y Gofrestr dystiolaeth)</translation>
        </message>
        <message>
            <source>Must</source>
            <translation type="unfinished">Rhaid</translation>
        </message>
        <message>
            <source>Legal requirement: the law requires it</source>
            <translation type="unfinished">Gofyniad cyfreithiol: mae'r gyfraith yn ei fynnu</translation>
        </message>
        <message>
            <source>Should</source>
            <translation type="unfinished">Dylid</translation>
        </message>
        <message>
            <source>Expected good practice</source>
            <translation type="unfinished">Arfer da disgwyliedig</translation>
        </message>
        <message>
            <source>Could</source>
            <translation type="unfinished">Gellid</translation>
        </message>
        <message>
            <source>Desirable</source>
            <translation type="unfinished">Dymunol</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Evidence to ask for&lt;/h3&gt;%1</source>
            <translation type="unfinished">&lt;h3&gt;Tystiolaeth i ofyn amdani&lt;/h3&gt;%1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Red flag&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
            <translation type="unfinished">&lt;h3&gt;Baner goch&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>&lt;h3&gt;Why this matters&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Source(s):&lt;/i&gt; %2&lt;/p&gt;</source>
            <translation type="unfinished">
                <numerusform>&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynonellau:&lt;/i&gt; %2&lt;/p&gt;</numerusform>
                <numerusform>&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynhonnell:&lt;/i&gt; %2&lt;/p&gt;</numerusform>
                <numerusform>&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynonellau:&lt;/i&gt; %2&lt;/p&gt;</numerusform>
                <numerusform>&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynonellau:&lt;/i&gt; %2&lt;/p&gt;</numerusform>
                <numerusform>&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynonellau:&lt;/i&gt; %2&lt;/p&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rag</name>
        <message>
            <source>Not rated</source>
            <translation type="unfinished">Heb sgôr</translation>
        </message>
    </context>
    <context>
        <name>record_controller</name>
        <message>
            <source>Restore the record from a backup</source>
            <translation type="unfinished">Adfer y cofnod o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Record backups (*.db)</source>
            <translation type="unfinished">Copïau wrth gefn o'r cofnod (*.db)</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished">Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Replace the whole record with the backup
%1?

Everything recorded since that backup was taken will be taken out of the record. The record as it is now is saved in the backups folder first, so this can be undone.</source>
            <translation type="unfinished">Rhoi'r copi wrth gefn
%1
yn lle'r cofnod cyfan?

Caiff popeth a gofnodwyd ers gwneud y copi wrth gefn hwnnw ei dynnu o'r cofnod. Caiff y cofnod fel y mae nawr ei gadw yn y ffolder copïau wrth gefn yn gyntaf, felly gellir dadwneud hyn.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation type="unfinished">Yn gweithio</translation>
        </message>
    </context>
    <context>
        <name>round_changes_view</name>
        <message>
            <source>Newly answered</source>
            <translation type="unfinished">Wedi ei ateb o'r newydd</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished">Wedi newid</translation>
        </message>
        <message>
            <source>No longer answered</source>
            <translation type="unfinished">Heb ei ateb mwyach</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished">Heb ei ateb</translation>
        </message>
        <message>
            <source>rated %1</source>
            <translation type="unfinished">sgôr %1</translation>
        </message>
        <message>
            <source>%1 (note marked sensitive)</source>
            <translation type="unfinished">%1 (nodyn wedi ei nodi'n sensitif)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1: round %2&lt;/h3&gt;</source>
            <translation type="unfinished">&lt;h3&gt;%1: rownd %2&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>This is the first round: there is no earlier round to compare with.</source>
            <translation type="unfinished">Dyma'r rownd gyntaf: nid oes rownd gynharach i'w chymharu â hi.</translation>
        </message>
        <message>
            <source>No answer has changed since round %1; this round started with its answers carried forward.</source>
            <translation type="unfinished">Nid oes ateb wedi newid ers rownd %1; dechreuodd y rownd hon gyda'i hatebion wedi eu cario ymlaen.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) changed since round %1.</source>
            <translation type="unfinished">
                <numerusform>Newidiodd %n ateb ers rownd %1.</numerusform>
                <numerusform>Newidiodd %n ateb ers rownd %1.</numerusform>
                <numerusform>Newidiodd %n ateb ers rownd %1.</numerusform>
                <numerusform>Newidiodd %n ateb ers rownd %1.</numerusform>
                <numerusform>Newidiodd %n ateb ers rownd %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>round_controller</name>
        <message>
            <source>Scrutinise again</source>
            <translation type="unfinished">Craffu eto</translation>
        </message>
        <message>
            <source>Start round %1 of “%2”?

Its answers are carried forward from round %3, which stays in the record unchanged. Use this after a pilot, or when the force sends new evidence.</source>
            <translation type="unfinished">Dechrau rownd %1 o “%2”?

Caiff ei hatebion eu cario ymlaen o rownd %3, sy'n aros yn y cofnod heb ei newid. Defnyddiwch hyn ar ôl cynllun peilot, neu pan fydd yr heddlu'n anfon tystiolaeth newydd.</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation type="unfinished">Dechrau rownd</translation>
        </message>
    </context>
    <context>
        <name>scrutiny_list_model</name>
        <message>
            <source>Title</source>
            <translation type="unfinished">Teitl</translation>
        </message>
        <message>
            <source>Force</source>
            <translation type="unfinished">Heddlu</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation type="unfinished">Technoleg</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished">Cam</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished">Wedi ateb</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation type="unfinished">Sgôr</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished">Parodrwydd</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished">Adolygiad nesaf</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished">Camau gweithredu</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">Penderfyniad</translation>
        </message>
        <message>
            <source>Overall rating: the worst theme rating (one red theme makes it red)</source>
            <translation type="unfinished">Sgôr gyffredinol: sgôr y thema waethaf (mae un thema goch yn ei gwneud yn goch)</translation>
        </message>
        <message>
            <source>Ready for panel, or what holds it back; ⚑ counts red flags</source>
            <translation type="unfinished">Yn barod ar gyfer y panel, neu beth sy'n ei ddal yn ôl; mae ⚑ yn cyfrif baneri coch</translation>
        </message>
        <message>
            <source>Review date of the decision that stands (not superseded or withdrawn)</source>
            <translation type="unfinished">Dyddiad adolygu'r penderfyniad sy'n sefyll (heb ei ddisodli na'i dynnu'n ôl)</translation>
        </message>
        <message>
            <source>Open questions and conditions; ⚠ marks those past their due date</source>
            <translation type="unfinished">Cwestiynau ac amodau agored; mae ⚠ yn nodi'r rhai sydd wedi mynd heibio i'w dyddiad dyledus</translation>
        </message>
        <message>
            <source>Latest decision: the newest one still standing</source>
            <translation type="unfinished">Penderfyniad diweddaraf: yr un mwyaf newydd sy'n dal i sefyll</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation type="unfinished">Dim penderfyniad eto</translation>
        </message>
        <message>
            <source>None set</source>
            <translation type="unfinished">Dim wedi ei osod</translation>
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished">Dim</translation>
        </message>
        <message>
            <source>%1 (round %2)</source>
            <translation type="unfinished">%1 (rownd %2)</translation>
        </message>
        <message>
            <source>⚠ %1 (approval%2lapsed)</source>
            <translation type="unfinished">⚠ %1 (cymeradwyaeth%2wedi dod i ben)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished">Yn barod</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation type="unfinished">Ddim yn barod</translation>
        </message>
        <message>
            <source>⚠ %1 (overdue)</source>
            <translation type="unfinished">⚠ %1 (hwyr)</translation>
        </message>
        <message>
            <source>%1 (due today)</source>
            <translation type="unfinished">%1 (dyledus heddiw)</translation>
        </message>
        <message>
            <source>⚠ %1 overdue</source>
            <translation type="unfinished">⚠ %1 yn hwyr</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered</source>
            <translation type="unfinished">%1 o %2 cwestiwn wedi eu hateb</translation>
        </message>
        <message>
            <source>%1 open action(s), %2 past their due date</source>
            <translation type="unfinished">%1 cam gweithredu agored, %2 wedi mynd heibio i'w dyddiad dyledus</translation>
        </message>
        <message>
            <source>No open actions</source>
            <translation type="unfinished">Dim camau gweithredu agored</translation>
        </message>
        <message>
            <source> on %1</source>
            <translation type="unfinished"> ar %1</translation>
        </message>
        <message>
            <source>%1: approval lapsed. Its review was due%2; review the deployment and record a new decision.</source>
            <translation type="unfinished">%1: mae'r gymeradwyaeth wedi dod i ben. Roedd ei adolygiad yn ddyledus%2; adolygwch y defnydd a chofnodwch benderfyniad newydd.</translation>
        </message>
        <message numerus="yes">
            <source>⚑ %n red flag(s)</source>
            <translation type="unfinished">
                <numerusform>⚑ %n baner goch</numerusform>
                <numerusform>⚑ %n faner goch</numerusform>
                <numerusform>⚑ %n baner goch</numerusform>
                <numerusform>⚑ %n baner goch</numerusform>
                <numerusform>⚑ %n baner goch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (due in %n day(s))</source>
            <translation type="unfinished">
                <numerusform>%1 (dyledus ymhen %n diwrnod)</numerusform>
                <numerusform>%1 (dyledus ymhen %n diwrnod)</numerusform>
                <numerusform>%1 (dyledus ymhen %n diwrnod)</numerusform>
                <numerusform>%1 (dyledus ymhen %n diwrnod)</numerusform>
                <numerusform>%1 (dyledus ymhen %n diwrnod)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>scrutiny_list_view</name>
        <message>
            <source>There are no scrutinies yet. Choose “New scrutiny” to start one.</source>
            <translation type="unfinished">Nid oes craffu eto. Dewiswch “Craffu newydd” i ddechrau un.</translation>
        </message>
        <message>
            <source>&amp;Technology:</source>
            <translation type="unfinished">&amp;Technoleg:</translation>
        </message>
        <message>
            <source>Sta&amp;ge:</source>
            <translation type="unfinished">&amp;Cam:</translation>
        </message>
        <message>
            <source>R&amp;ating:</source>
            <translation type="unfinished">S&amp;gôr:</translation>
        </message>
        <message>
            <source>Decisio&amp;n:</source>
            <translation type="unfinished">&amp;Penderfyniad:</translation>
        </message>
        <message>
            <source>All technologies</source>
            <translation type="unfinished">Pob technoleg</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished">Pob cam</translation>
        </message>
        <message>
            <source>All ratings</source>
            <translation type="unfinished">Pob sgôr</translation>
        </message>
        <message>
            <source>All decisions</source>
            <translation type="unfinished">Pob penderfyniad</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation type="unfinished">Heb sgôr</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation type="unfinished">Dim penderfyniad eto</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Ethics Scrutiny did not close normally last time</source>
            <translation type="unfinished">Ni chaeodd Ethics Scrutiny yn arferol y tro diwethaf</translation>
        </message>
        <message>
            <source>Everything it showed as saved is in the record. The computer may have shut down, or the app may have been stopped or failed.</source>
            <translation type="unfinished">Mae popeth a ddangoswyd fel wedi'i gadw yn y cofnod. Efallai fod y cyfrifiadur wedi diffodd, neu fod yr ap wedi'i atal neu wedi methu.</translation>
        </message>
        <message>
            <source>Notes that were being typed were kept; they are offered next.</source>
            <translation type="unfinished">Cadwyd y nodiadau oedd yn cael eu teipio; cânt eu cynnig nesaf.</translation>
        </message>
        <message>
            <source>If this keeps happening, send the log file to support:
%1</source>
            <translation type="unfinished">Os yw hyn yn dal i ddigwydd, anfonwch y ffeil log at y tîm cymorth:
%1</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_sheet</name>
        <message>
            <source> or </source>
            <translation type="unfinished"> neu </translation>
        </message>
    </context>
    <context>
        <name>signing_controller</name>
        <message>
            <source>Papers, bundles and archives (*.pdf *.json *.zip);;All files (*)</source>
            <translation type="unfinished">Papurau, bwndeli ac archifau (*.pdf *.json *.zip);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Key files (*.p12 *.pfx);;All files (*)</source>
            <translation type="unfinished">Ffeiliau allwedd (*.p12 *.pfx);;Pob ffeil (*)</translation>
        </message>
    </context>
    <context>
        <name>summary_view</name>
        <message>
            <source>None</source>
            <translation type="unfinished">Dim</translation>
        </message>
        <message>
            <source>due %1 %2</source>
            <translation type="unfinished">dyledus %1 %2</translation>
        </message>
        <message>
            <source>no date</source>
            <translation type="unfinished">dim dyddiad</translation>
        </message>
        <message>
            <source>⚠ OVERDUE, </source>
            <translation type="unfinished">⚠ HWYR, </translation>
        </message>
        <message>
            <source>Decision %1: %2 (%3, %4, %5)</source>
            <translation type="unfinished">Penderfyniad %1: %2 (%3, %4, %5)</translation>
        </message>
        <message>
            <source>%1, review by %2 %3</source>
            <translation type="unfinished">%1, adolygu erbyn %2 %3</translation>
        </message>
        <message>
            <source>No decision stands: each one was superseded or withdrawn.</source>
            <translation type="unfinished">Nid oes penderfyniad yn sefyll: cafodd pob un ei ddisodli neu ei dynnu'n ôl.</translation>
        </message>
        <message numerus="yes">
            <source>%n standing decision(s): %1</source>
            <translation type="unfinished">
                <numerusform>%n penderfyniad mewn grym: %1</numerusform>
                <numerusform>%n penderfyniad mewn grym: %1</numerusform>
                <numerusform>%n penderfyniad mewn grym: %1</numerusform>
                <numerusform>%n penderfyniad mewn grym: %1</numerusform>
                <numerusform>%n penderfyniad mewn grym: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>template_controller</name>
        <message>
            <source>Checklist templates (*.yaml *.yml *.json)</source>
            <translation type="unfinished">Templedi rhestr wirio (*.yaml *.yml *.json)</translation>
        </message>
        <message>
            <source>Add an office template</source>
            <translation type="unfinished">Ychwanegu templed swyddfa</translation>
        </message>
    </context>
    <context>
        <name>template_dialogs</name>
        <message>
            <source>question</source>
            <translation type="unfinished">cwestiwn</translation>
        </message>
        <message>
            <source>guidance</source>
            <translation type="unfinished">canllawiau</translation>
        </message>
        <message>
            <source>sources</source>
            <translation type="unfinished">ffynonellau</translation>
        </message>
        <message>
            <source>evidence to ask for</source>
            <translation type="unfinished">tystiolaeth i ofyn amdani</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation type="unfinished">baner goch</translation>
        </message>
        <message>
            <source>critical</source>
            <translation type="unfinished">allweddol</translation>
        </message>
        <message>
            <source>blocking</source>
            <translation type="unfinished">rhwystro</translation>
        </message>
        <message>
            <source>stages</source>
            <translation type="unfinished">camau</translation>
        </message>
        <message>
            <source>frameworks</source>
            <translation type="unfinished">fframweithiau</translation>
        </message>
        <message>
            <source>Welsh text</source>
            <translation type="unfinished">testun Cymraeg</translation>
        </message>
        <message>
            <source>theme</source>
            <translation type="unfinished">thema</translation>
        </message>
        <message>
            <source>Questions added</source>
            <translation type="unfinished">Cwestiynau a ychwanegwyd</translation>
        </message>
        <message>
            <source>not yet answered</source>
            <translation type="unfinished">heb ei ateb eto</translation>
        </message>
        <message>
            <source>Questions changed</source>
            <translation type="unfinished">Cwestiynau a newidiwyd</translation>
        </message>
        <message>
            <source>Questions removed</source>
            <translation type="unfinished">Cwestiynau a dynnwyd</translation>
        </message>
        <message>
            <source>newly applies to this technology (version %1)</source>
            <translation type="unfinished">yn berthnasol o'r newydd i'r dechnoleg hon (fersiwn %1)</translation>
        </message>
        <message>
            <source>version %1 to %2</source>
            <translation type="unfinished">fersiwn %1 i %2</translation>
        </message>
        <message>
            <source>your answer is kept; check it still fits</source>
            <translation type="unfinished">caiff eich ateb ei gadw; gwiriwch ei fod yn dal yn addas</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished">heb ei ateb</translation>
        </message>
        <message>
            <source>changed: %1; %2</source>
            <translation type="unfinished">newidiwyd: %1; %2</translation>
        </message>
        <message>
            <source>your answer leaves the checklist and is kept in full in the record</source>
            <translation type="unfinished">mae eich ateb yn gadael y rhestr wirio ac yn cael ei gadw'n llawn yn y cofnod</translation>
        </message>
        <message>
            <source>was not answered</source>
            <translation type="unfinished">nid atebwyd</translation>
        </message>
    </context>
</TS>

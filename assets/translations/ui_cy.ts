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
        <source>Force&apos;s reply</source>
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
        <translation type="unfinished">Beth a ofynnir i&apos;r prif gwnstabl, neu&apos;r amod a osodwyd</translation>
    </message>
    <message>
        <source>Who must act, e.g. Head of Information Management</source>
        <translation type="unfinished">Pwy sy&apos;n gorfod gweithredu, e.e. Pennaeth Rheoli Gwybodaeth</translation>
    </message>
    <message>
        <source>The force&apos;s reply, when it comes</source>
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
        <translation type="unfinished">Angen o hyd: y cwestiwn neu&apos;r amod ei hun.</translation>
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
        <source>S&amp;how:</source>
        <translation type="unfinished">&amp;Dangos:</translation>
    </message>
    <message>
        <source>Actions and &amp;conditions:</source>
        <translation type="unfinished">Camau gweithredu ac &amp;amodau:</translation>
    </message>
</context>
<context>
    <name>AttentionStrip</name>
    <message>
        <source>&lt;b&gt;Needs attention:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Angen sylw:&lt;/b&gt;</translation>
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
        <source>Keep all of this record&apos;s</source>
        <translation type="unfinished">Cadw popeth o&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation type="unfinished">Cadw ein rhai ni i gyd</translation>
    </message>
    <message>
        <source>Take all of the bundle&apos;s</source>
        <translation type="unfinished">Cymryd popeth o&apos;r bwndel</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation type="unfinished">Cymryd eu rhai nhw i gyd</translation>
    </message>
    <message>
        <source>&amp;Import with these choices</source>
        <translation type="unfinished">&amp;Mewnforio gyda&apos;r dewisiadau hyn</translation>
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
        <translation type="unfinished">Mewnforio&apos;r bwndel</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <source>Cannot open the scrutiny</source>
        <translation type="unfinished">Methu agor y craffu</translation>
    </message>
    <message>
        <source>Question %1 of %2 in %3  ·  %4 of %5 overall</source>
        <translation type="unfinished">Cwestiwn %1 o %2 yn %3  ·  %4 o %5 i gyd</translation>
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
        <source>“%1” is left out of the theme&apos;s rating</source>
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
        <translation type="unfinished">Cwestiynau allweddol sy&apos;n dal heb eu hateb neu&apos;n anhysbys: </translation>
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
        <source>&amp;Add condition</source>
        <translation type="unfinished">&amp;Ychwanegu amod</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished">Ychwanegu amod</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>What the force must do, e.g. publish the watchlist criteria before any further deployment</source>
        <translation type="unfinished">Beth mae&apos;n rhaid i&apos;r heddlu ei wneud, e.e. cyhoeddi meini prawf y rhestr wylio cyn unrhyw ddefnydd pellach</translation>
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
    <name>DecisionController</name>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished">Ni chofnodwyd y penderfyniad</translation>
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
        <source>Standing must flags</source>
        <translation type="unfinished">Baneri &apos;rhaid&apos; sy&apos;n sefyll</translation>
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
        <translation type="unfinished">Dewiswch y penderfyniad cynharach y mae hwn yn ei ddisodli; mae&apos;n aros yn y cofnod, wedi ei nodi fel un a ddisodlwyd.</translation>
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
        <translation type="unfinished">Pam y daeth y panel i&apos;r canlyniad hwn</translation>
    </message>
    <message>
        <source>e.g. Ethics panel (chair: A. Person), or the office</source>
        <translation type="unfinished">e.e. Panel moeseg (cadeirydd: A. Person), neu&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Standing &apos;must&apos; flags: %1. Support cannot be recorded while they stand; support with conditions needs a condition naming each of them.</source>
        <translation type="unfinished">Baneri &apos;rhaid&apos; sy&apos;n sefyll: %1. Ni ellir cofnodi cefnogaeth tra maent yn sefyll; mae cefnogi gydag amodau yn gofyn am amod sy&apos;n enwi pob un ohonynt.</translation>
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
        <translation type="unfinished">Mae cefnogaeth wedi ei chyfyngu o ran amser: dewiswch ddyddiad adolygu ar ôl heddiw a dim hwyrach na %1. Mae&apos;r dangosfwrdd yn dangos bod y gymeradwyaeth wedi dod i ben unwaith y bydd y dyddiad wedi mynd heibio.</translation>
    </message>
    <message>
        <source>a review date after today</source>
        <translation type="unfinished">dyddiad adolygu ar ôl heddiw</translation>
    </message>
    <message>
        <source>a review date no later than %1</source>
        <translation type="unfinished">dyddiad adolygu dim hwyrach na %1</translation>
    </message>
    <message>
        <source>a condition naming %1</source>
        <translation type="unfinished">amod sy&apos;n enwi %1</translation>
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
        <source>DEMONSTRATION — example data in a record of its own, deleted when this window closes. Nothing here is your office&apos;s work.</source>
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
        <translation type="unfinished">Yn ychwanegu&apos;r dystiolaeth…</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation type="unfinished">Ni chadwyd y dystiolaeth</translation>
    </message>
    <message>
        <source>Saving the evidence…</source>
        <translation type="unfinished">Yn cadw&apos;r dystiolaeth…</translation>
    </message>
    <message>
        <source>Evidence not withdrawn</source>
        <translation type="unfinished">Ni thynnwyd y dystiolaeth yn ôl</translation>
    </message>
    <message>
        <source>Withdrawing the evidence…</source>
        <translation type="unfinished">Yn tynnu&apos;r dystiolaeth yn ôl…</translation>
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
        <translation type="unfinished">Mae&apos;r dyddiad derbyn yn hysbys</translation>
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
        <translation type="unfinished">Cwestiynau y mae&apos;r dystiolaeth hon yn berthnasol iddynt</translation>
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
        <translation type="unfinished">e.e. Asesiad o&apos;r effaith ar ddiogelu data</translation>
    </message>
    <message>
        <source>The force&apos;s reference and version, e.g. DPIA v5.4</source>
        <translation type="unfinished">Cyfeirnod a fersiwn yr heddlu, e.e. AEDD f5.4</translation>
    </message>
    <message>
        <source>What it is and what it shows</source>
        <translation type="unfinished">Beth ydyw a beth mae&apos;n ei ddangos</translation>
    </message>
    <message>
        <source>Type a key or words to narrow the list</source>
        <translation type="unfinished">Teipiwch allwedd neu eiriau i gyfyngu&apos;r rhestr</translation>
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
        <source>Linked to %1: %2</source>
        <translation type="unfinished">Wedi ei gysylltu â %1: %2</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation type="unfinished">Heb ei gysylltu eto</translation>
    </message>
    <message>
        <source>Still needed: a title.</source>
        <translation type="unfinished">Angen o hyd: teitl.</translation>
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
        <translation type="unfinished">Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Withdraw evidence, giving the reason</source>
        <translation type="unfinished">Tynnu tystiolaeth yn ôl, gan roi&apos;r rheswm</translation>
    </message>
    <message>
        <source>%1 items, %2 with files</source>
        <translation type="unfinished">%1 eitem, %2 gyda ffeiliau</translation>
    </message>
    <message>
        <source>%1; %2 not linked to any question</source>
        <translation type="unfinished">%1; %2 heb eu cysylltu ag unrhyw gwestiwn</translation>
    </message>
    <message>
        <source>Evidence &amp;register:</source>
        <translation type="unfinished">&amp;Cofrestr dystiolaeth:</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Writing the %1…</source>
        <translation type="unfinished">Yn ysgrifennu&apos;r %1…</translation>
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
        <translation type="unfinished">Allforio&apos;r %1</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished">Paratowyd gan</translation>
    </message>
    <message>
        <source>Your name, as the cover should give it</source>
        <translation type="unfinished">Eich enw, fel y dylai&apos;r clawr ei roi</translation>
    </message>
    <message>
        <source>Add the guidance &amp;appendix (guidance, sources and red-flag criteria for every question; many more pages)</source>
        <translation type="unfinished">Ychwanegu&apos;r &amp;atodiad canllawiau (canllawiau, ffynonellau a meini prawf baner goch ar gyfer pob cwestiwn; llawer mwy o dudalennau)</translation>
    </message>
    <message>
        <source>Add the guidance appendix</source>
        <translation type="unfinished">Ychwanegu&apos;r atodiad canllawiau</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation type="unfinished">&amp;Paratowyd gan:</translation>
    </message>
    <message>
        <source>&amp;Sign with the office&apos;s key (readers can check who issued it and that it is unaltered)</source>
        <translation type="unfinished">&amp;Llofnodi ag allwedd y swyddfa (gall darllenwyr wirio pwy a&apos;i cyhoeddodd a&apos;i fod heb ei newid)</translation>
    </message>
    <message>
        <source>Sign with the office&apos;s key</source>
        <translation type="unfinished">Llofnodi ag allwedd y swyddfa</translation>
    </message>
    <message>
        <source>The PDF is a print copy: PDF files cannot be tagged for screen readers. Publish or send the accessible HTML version (File &gt; Export accessible HTML) alongside it.</source>
        <translation type="unfinished">Copi i&apos;w argraffu yw&apos;r PDF: ni ellir tagio ffeiliau PDF ar gyfer darllenwyr sgrin. Cyhoeddwch neu anfonwch y fersiwn HTML hygyrch (Ffeil &gt; Allforio HTML hygyrch) gydag ef.</translation>
    </message>
    <message>
        <source>The HTML file is the accessible version, for screen readers.</source>
        <translation type="unfinished">Y ffeil HTML yw&apos;r fersiwn hygyrch, ar gyfer darllenwyr sgrin.</translation>
    </message>
    <message>
        <source>An editable copy, with the same content as the PDF.</source>
        <translation type="unfinished">Copi y gellir ei olygu, gyda&apos;r un cynnwys â&apos;r PDF.</translation>
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
    <name>MainController</name>
    <message>
        <source>Cannot list scrutinies</source>
        <translation type="unfinished">Methu rhestru&apos;r craffu</translation>
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
        <source>About Ethics Scrutiny</source>
        <translation type="unfinished">Ynghylch Ethics Scrutiny</translation>
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
        <source>Comment not saved</source>
        <translation type="unfinished">Ni chadwyd y sylw</translation>
    </message>
    <message>
        <source>Question %1 has no answer to add the comment to.</source>
        <translation type="unfinished">Nid oes gan gwestiwn %1 ateb i ychwanegu&apos;r sylw ato.</translation>
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
        <source>✓ Comment saved to the question&apos;s note</source>
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
        <translation type="unfinished">&lt;b&gt;Baneri coch i&apos;w trafod: %1&lt;/b&gt;. Pwyswch Page Down.</translation>
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
        <translation type="unfinished"> (nodyn wedi ei nodi&apos;n sensitif: heb ei ddangos)</translation>
    </message>
    <message>
        <source>Panel comment on %1</source>
        <translation type="unfinished">Sylw&apos;r panel ar %1</translation>
    </message>
    <message>
        <source>Type the panel&apos;s comment; it is saved when you move on.</source>
        <translation type="unfinished">Teipiwch sylw&apos;r panel; caiff ei gadw pan fyddwch yn symud ymlaen.</translation>
    </message>
    <message>
        <source>Panel&apos;s &amp;comment:</source>
        <translation type="unfinished">&amp;Sylw&apos;r panel:</translation>
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
        <translation type="unfinished">Iaith testun y rhestr wirio a&apos;r adroddiadau</translation>
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
        <source>Extra technology modules</source>
        <translation type="unfinished">Modiwlau technoleg ychwanegol</translation>
    </message>
    <message>
        <source>Choose the technology</source>
        <translation type="unfinished">Dewiswch y dechnoleg</translation>
    </message>
    <message>
        <source>Welsh shows each question&apos;s Welsh text where the checklist provides it, and the English where it does not</source>
        <translation type="unfinished">Mae Cymraeg yn dangos testun Cymraeg pob cwestiwn lle mae&apos;r rhestr wirio yn ei roi, a&apos;r Saesneg lle nad yw</translation>
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
        <translation type="unfinished">Dewisol: beth mae&apos;r heddlu&apos;n dweud yw diben y defnydd</translation>
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
        <source>E&amp;xtra modules:</source>
        <translation type="unfinished">Modiwlau y&amp;chwanegol:</translation>
    </message>
    <message>
        <source> (included)</source>
        <translation type="unfinished"> (wedi ei gynnwys)</translation>
    </message>
    <message>
        <source>Always included for the chosen technology</source>
        <translation type="unfinished">Wedi ei gynnwys bob amser ar gyfer y dechnoleg a ddewiswyd</translation>
    </message>
    <message>
        <source>Tick to add this module&apos;s questions</source>
        <translation type="unfinished">Ticiwch i ychwanegu cwestiynau&apos;r modiwl hwn</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished">Angen o hyd: %1.</translation>
    </message>
</context>
<context>
    <name>OfficeController</name>
    <message>
        <source>Office settings</source>
        <translation type="unfinished">Gosodiadau&apos;r swyddfa</translation>
    </message>
    <message>
        <source>This is the demonstration: its office is an example and cannot be changed.</source>
        <translation type="unfinished">Dyma&apos;r arddangosiad: enghraifft yw ei swyddfa ac ni ellir ei newid.</translation>
    </message>
    <message>
        <source>Office settings not saved</source>
        <translation type="unfinished">Ni chadwyd gosodiadau&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Saved the office settings for %1.</source>
        <translation type="unfinished">Cadwyd gosodiadau&apos;r swyddfa ar gyfer %1.</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation type="unfinished">Arddangosiad</translation>
    </message>
    <message>
        <source>The demonstration could not be started. Start it from a terminal with &apos;ethics-scrutiny --demo&apos;.</source>
        <translation type="unfinished">Nid oedd modd dechrau&apos;r arddangosiad. Dechreuwch ef o derfynell gydag &apos;ethics-scrutiny --demo&apos;.</translation>
    </message>
    <message>
        <source>Archive the whole record to</source>
        <translation type="unfinished">Archifo&apos;r cofnod cyfan i</translation>
    </message>
    <message>
        <source>Archiving the whole record…</source>
        <translation type="unfinished">Yn archifo&apos;r cofnod cyfan…</translation>
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

Check it anywhere with &apos;ethics-scrutiny archive check FILE&apos;; the office taking over brings it in with &apos;ethics-scrutiny import-archive FILE&apos;.</source>
        <translation type="unfinished">Ysgrifennwyd %1: %2 craffu, %3 ffeil a %4 cofnod, pen %5.

Gwiriwch ef yn unrhyw le gydag &apos;ethics-scrutiny archive check FILE&apos;; mae&apos;r swyddfa sy&apos;n cymryd drosodd yn ei fewnforio gydag &apos;ethics-scrutiny import-archive FILE&apos;.</translation>
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
        <translation type="unfinished">Gosodiadau&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Tell the app who your office is. Reports, decisions and the public summary use these names instead of assuming a Police and Crime Commissioner. You can change them later under File ▸ Office settings.

Your office&apos;s record starts empty. To see a scrutiny part-way done, open the demonstration: it has a record of its own, deleted when you close it.</source>
        <translation type="unfinished">Dywedwch wrth yr ap pwy yw eich swyddfa. Mae adroddiadau, penderfyniadau a&apos;r crynodeb cyhoeddus yn defnyddio&apos;r enwau hyn yn hytrach na chymryd mai Comisiynydd Heddlu a Throseddu sydd dan sylw. Gallwch eu newid yn nes ymlaen o dan Ffeil ▸ Gosodiadau&apos;r swyddfa.

Mae cofnod eich swyddfa yn dechrau&apos;n wag. I weld craffu sydd wedi ei hanner gwblhau, agorwch yr arddangosiad: mae ganddo ei gofnod ei hun, a gaiff ei ddileu pan fyddwch yn ei gau.</translation>
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
        <source>Signing &amp;key…</source>
        <translation type="unfinished">&amp;Allwedd lofnodi…</translation>
    </message>
    <message>
        <source>Create or import the key that signs the office&apos;s papers</source>
        <translation type="unfinished">Creu neu fewnforio&apos;r allwedd sy&apos;n llofnodi papurau&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Signing key: none on this computer yet. Papers and bundles are exported unsigned until one is created or imported.</source>
        <translation type="unfinished">Allwedd lofnodi: dim un ar y cyfrifiadur hwn eto. Caiff papurau a bwndeli eu hallforio heb eu llofnodi nes y caiff un ei chreu neu ei mewnforio.</translation>
    </message>
    <message>
        <source>Signing key: %1, valid until %2.
Fingerprint (publish it so others can check the office&apos;s papers): %3</source>
        <translation type="unfinished">Allwedd lofnodi: %1, yn ddilys tan %2.
Olion bysedd (cyhoeddwch nhw fel y gall eraill wirio papurau&apos;r swyddfa): %3</translation>
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
        <translation type="unfinished">Maer sy&apos;n dal swyddogaethau heddlu a throseddu</translation>
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
        <translation type="unfinished">&amp;Enw&apos;r swyddfa:</translation>
    </message>
    <message>
        <source>&amp;Kind of office:</source>
        <translation type="unfinished">&amp;Math o swyddfa:</translation>
    </message>
    <message>
        <source>&amp;Decision-maker&apos;s title:</source>
        <translation type="unfinished">&amp;Teitl y sawl sy&apos;n penderfynu:</translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation type="unfinished">&amp;Panel:</translation>
    </message>
    <message>
        <source>&amp;Officer using this computer:</source>
        <translation type="unfinished">&amp;Swyddog sy&apos;n defnyddio&apos;r cyfrifiadur hwn:</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG):</source>
        <translation type="unfinished">Logo (PNG neu SVG):</translation>
    </message>
    <message>
        <source>Choose the office&apos;s logo</source>
        <translation type="unfinished">Dewis logo&apos;r swyddfa</translation>
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
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd yn fyrrach na %1 nod; dewiswch un hirach.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished">Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
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
        <translation type="unfinished">Cadw&apos;r cyfan</translation>
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
        <translation type="unfinished">Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">Rhoi&apos;r gorau iddi</translation>
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
        <translation type="unfinished">Se&amp;nsitif: gadael y nodyn hwn allan o&apos;r crynodeb cyhoeddus</translation>
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
        <translation type="unfinished">Cwestiynau y mae&apos;r amod hwn yn eu datrys</translation>
    </message>
    <message>
        <source>Tick the questions this condition resolves. Each standing &apos;must&apos; flag needs a condition naming it before support with conditions can be recorded.</source>
        <translation type="unfinished">Ticiwch y cwestiynau y mae&apos;r amod hwn yn eu datrys. Mae angen amod sy&apos;n enwi pob baner &apos;rhaid&apos; sy&apos;n sefyll cyn y gellir cofnodi cefnogi gydag amodau.</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation type="unfinished">Dod o hyd i gwestiwn</translation>
    </message>
    <message>
        <source>Type a key or words from the question</source>
        <translation type="unfinished">Teipiwch allwedd neu eiriau o&apos;r cwestiwn</translation>
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
        <source>Standing &apos;must&apos; flags</source>
        <translation type="unfinished">Baneri &apos;rhaid&apos; sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation type="unfinished">Cwestiynau eraill</translation>
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
        <translation type="unfinished">Ni wnaed copi wrth gefn o&apos;r cofnod</translation>
    </message>
    <message>
        <source>Copying and checking the record…</source>
        <translation type="unfinished">Yn copïo ac yn gwirio&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation type="unfinished">Yn dilysu&apos;r cofnod…</translation>
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
        <translation type="unfinished">Nid yw&apos;r cofnod yn dilysu</translation>
    </message>
    <message>
        <source>Saving the current record and restoring…</source>
        <translation type="unfinished">Yn cadw&apos;r cofnod presennol ac yn adfer…</translation>
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

Mae&apos;r cofnod fel yr oedd yn union cyn hynny wedi ei gadw yn:
%2

I ddadwneud yr adfer, adferwch y ffeil honno.</translation>
    </message>
    <message>
        <source>Record backed up</source>
        <translation type="unfinished">Gwnaed copi wrth gefn o&apos;r cofnod</translation>
    </message>
    <message>
        <source>A checked copy of the record was saved to:
%1

Keep it somewhere safe. To go back to it, use Record &gt; Restore from backup….</source>
        <translation type="unfinished">Cadwyd copi wedi ei wirio o&apos;r cofnod yn:
%1

Cadwch ef yn rhywle diogel. I fynd yn ôl ato, defnyddiwch Cofnod &gt; Adfer o gopi wrth gefn….</translation>
    </message>
    <message>
        <source>Use the server&apos;s backup tools</source>
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
        <translation type="unfinished">Dechreuwyd rownd newydd gyda&apos;r atebion wedi eu cario ymlaen</translation>
    </message>
</context>
<context>
    <name>ScrutinyListPage</name>
    <message>
        <source>Search scrutinies</source>
        <translation type="unfinished">Chwilio&apos;r craffu</translation>
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
        <translation type="unfinished">Clirio&apos;r chwilio, yr hidlwyr a&apos;r sylw</translation>
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
        <translation type="unfinished">Nid oes craffu yn cyfateb i “%1” gyda&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>No scrutiny matches these filters. Choose “Show all”.</source>
        <translation type="unfinished">Nid oes craffu yn cyfateb i&apos;r hidlwyr hyn. Dewiswch “Dangos y cyfan”.</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>Choose a passphrase for the new key (at least 8 characters). It is asked once each time you start the app and sign; nobody can recover it for you.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd ar gyfer yr allwedd newydd (o leiaf 8 nod). Gofynnir amdano unwaith bob tro y byddwch yn dechrau&apos;r ap ac yn llofnodi; ni all neb ei adfer i chi.</translation>
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
        <translation type="unfinished">Mae&apos;r allwedd yn barod ac mae ei thystysgrif wedi ei chofnodi. Olion bysedd, i&apos;w cyhoeddi:
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
        <translation type="unfinished">Creu allwedd lofnodi newydd sy&apos;n enwi&apos;r swyddfa</translation>
    </message>
    <message>
        <source>&amp;Import a key…</source>
        <translation type="unfinished">&amp;Mewnforio allwedd…</translation>
    </message>
    <message>
        <source>Use a key and certificate the office was given (.p12 file)</source>
        <translation type="unfinished">Defnyddio allwedd a thystysgrif a roddwyd i&apos;r swyddfa (ffeil .p12)</translation>
    </message>
    <message>
        <source>This computer has no signing key yet. Create one to sign papers, bundles and archives; its certificate is recorded so others can check what you sign.</source>
        <translation type="unfinished">Nid oes gan y cyfrifiadur hwn allwedd lofnodi eto. Crëwch un i lofnodi papurau, bwndeli ac archifau; caiff ei thystysgrif ei chofnodi fel y gall eraill wirio&apos;r hyn rydych yn ei lofnodi.</translation>
    </message>
    <message>
        <source>This computer signs as %1, valid until %2.

Certificate fingerprint (SHA-256), to publish so readers can check it:
%3

If the key or its passphrase is lost, create a new one: papers signed before still check.</source>
        <translation type="unfinished">Mae&apos;r cyfrifiadur hwn yn llofnodi fel %1, yn ddilys tan %2.

Olion bysedd y dystysgrif (SHA-256), i&apos;w cyhoeddi fel y gall darllenwyr ei gwirio:
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

Caiff y newid ei gadw yn y cofnod gyda&apos;r dyddiad.</translation>
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
        <translation type="unfinished">Mae&apos;r rhestr wirio yn gyfredol</translation>
    </message>
    <message>
        <source>“%1” already uses the newest checklist versions.</source>
        <translation type="unfinished">Mae “%1” eisoes yn defnyddio&apos;r fersiynau diweddaraf o&apos;r rhestr wirio.</translation>
    </message>
    <message>
        <source>Moved to the newer checklist: %1 added, %2 changed, %3 removed</source>
        <translation type="unfinished">Symudwyd i&apos;r rhestr wirio fwy newydd: %1 wedi eu hychwanegu, %2 wedi newid, %3 wedi eu tynnu</translation>
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
        <translation type="unfinished">Ni ychwanegwyd %1: canfuwyd %2 %3. Cywirwch y ffeil a&apos;i hychwanegu eto; mae docs/authoring-templates.md yn egluro pob maes.</translation>
    </message>
    <message>
        <source>Template not added</source>
        <translation type="unfinished">Ni ychwanegwyd y templed</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Move “%1” to the newer checklist? Answers carry across by question key (%2 answer%3). The move is recorded in the record.</source>
        <translation type="unfinished">Symud “%1” i&apos;r rhestr wirio fwy newydd? Mae atebion yn cael eu cario drosodd yn ôl allwedd y cwestiwn (%2 ateb%3). Caiff y symud ei gofnodi yn y cofnod.</translation>
    </message>
    <message>
        <source>Move to newer checklist version</source>
        <translation type="unfinished">Symud i fersiwn newyddach o&apos;r rhestr wirio</translation>
    </message>
    <message>
        <source>Move to the newer version</source>
        <translation type="unfinished">Symud i&apos;r fersiwn newyddach</translation>
    </message>
</context>
<context>
    <name>VerifyHeadDialog</name>
    <message>
        <source>Verify the record</source>
        <translation type="unfinished">Dilysu&apos;r cofnod</translation>
    </message>
    <message>
        <source>Verifying recomputes every entry&apos;s hash and checks the current state against the record. To show that nothing recorded before an earlier report has been altered since, give the head hash printed on that report&apos;s summary page; or leave it empty to verify the record as it stands.</source>
        <translation type="unfinished">Mae dilysu yn ailgyfrifo hash pob cofnod ac yn gwirio&apos;r cyflwr presennol yn erbyn y cofnod. I ddangos nad oes dim a gofnodwyd cyn adroddiad cynharach wedi ei newid ers hynny, rhowch yr hash pen a argraffwyd ar dudalen crynodeb yr adroddiad hwnnw; neu gadewch ef yn wag i ddilysu&apos;r cofnod fel y mae.</translation>
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
        <source>A head hash is 64 characters, 0-9 and a-f, as printed on a report&apos;s summary page; copy it from there, or leave the box empty.</source>
        <translation type="unfinished">Mae hash pen yn 64 nod, 0-9 ac a-f, fel y&apos;i hargraffwyd ar dudalen crynodeb adroddiad; copïwch ef oddi yno, neu gadewch y blwch yn wag.</translation>
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
        <translation type="unfinished">Pam mae “%1” yn cael ei thynnu&apos;n ôl?

Mae&apos;n aros yn y gofrestr ac yn y cofnod, wedi&apos;i nodi wedi&apos;i thynnu&apos;n ôl gyda&apos;ch rheswm; nid oes dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation type="unfinished">Rheswm dros dynnu&apos;n ôl</translation>
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
        <source>No actions yet. Add each question put to the chief constable and each condition of approval, with who owns it and when it is due; record the force&apos;s reply when it comes.</source>
        <translation type="unfinished">Dim camau gweithredu eto. Ychwanegwch bob cwestiwn a ofynnir i&apos;r prif gwnstabl a phob amod cymeradwyo, gyda phwy sy&apos;n berchen arno a phryd mae&apos;n ddyledus; cofnodwch ateb yr heddlu pan ddaw.</translation>
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
        <source>Add your office&apos;s own checklist or module from a YAML or JSON file</source>
        <translation type="unfinished">Ychwanegu rhestr wirio neu fodiwl eich swyddfa eich hun o ffeil YAML neu JSON</translation>
    </message>
    <message>
        <source>O&amp;ffice settings…</source>
        <translation type="unfinished">Gosodiadau&apos;r s&amp;wyddfa…</translation>
    </message>
    <message>
        <source>The office&apos;s name, its decision-maker, its panel and the report logo</source>
        <translation type="unfinished">Enw&apos;r swyddfa, y sawl sy&apos;n penderfynu, ei phanel a logo&apos;r adroddiadau</translation>
    </message>
    <message>
        <source>Si&amp;gning key…</source>
        <translation type="unfinished">Allwedd &amp;lofnodi…</translation>
    </message>
    <message>
        <source>Create or import the office&apos;s signing key and see its fingerprint</source>
        <translation type="unfinished">Creu neu fewnforio allwedd lofnodi&apos;r swyddfa a gweld ei holion bysedd</translation>
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
        <translation type="unfinished">&amp;Archifo&apos;r cofnod cyfan…</translation>
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
        <translation type="unfinished">Nodi wedi ei fodloni&apos;n &amp;rhannol</translation>
    </message>
    <message>
        <source>Answer the shown question: partly met</source>
        <translation type="unfinished">Ateb y cwestiwn a ddangosir: wedi ei fodloni&apos;n rhannol</translation>
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
        <translation type="unfinished">Nodi&apos;n a&amp;nhysbys</translation>
    </message>
    <message>
        <source>Answer the shown question: unknown (evidence not yet seen)</source>
        <translation type="unfinished">Ateb y cwestiwn a ddangosir: anhysbys (heb weld y dystiolaeth eto)</translation>
    </message>
    <message>
        <source>Mark not &amp;applicable</source>
        <translation type="unfinished">Nodi&apos;n a&amp;mherthnasol</translation>
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
        <translation type="unfinished">Chwilio&apos;r rhestr craffu yn ôl teitl, heddlu neu dechnoleg</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Agor</translation>
    </message>
    <message>
        <source>Open the selected scrutiny&apos;s checklist</source>
        <translation type="unfinished">Agor rhestr wirio&apos;r craffu a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished">Cwestiwn &amp;blaenorol</translation>
    </message>
    <message>
        <source>Go to the previous question</source>
        <translation type="unfinished">Mynd i&apos;r cwestiwn blaenorol</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation type="unfinished">Cwestiwn &amp;nesaf</translation>
    </message>
    <message>
        <source>Go to the next question</source>
        <translation type="unfinished">Mynd i&apos;r cwestiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation type="unfinished">&amp;Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Return to the list of scrutinies</source>
        <translation type="unfinished">Dychwelyd i&apos;r rhestr craffu</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished">&amp;Rhestr wirio</translation>
    </message>
    <message>
        <source>Show the open scrutiny&apos;s questions</source>
        <translation type="unfinished">Dangos cwestiynau&apos;r craffu agored</translation>
    </message>
    <message>
        <source>Evidence &amp;register</source>
        <translation type="unfinished">Cofrestr d&amp;ystiolaeth</translation>
    </message>
    <message>
        <source>Show the documents and statements the force supplied</source>
        <translation type="unfinished">Dangos y dogfennau a&apos;r datganiadau a gyflenwyd gan yr heddlu</translation>
    </message>
    <message>
        <source>Actions and co&amp;nditions</source>
        <translation type="unfinished">Camau gweithredu ac a&amp;modau</translation>
    </message>
    <message>
        <source>Show questions put to the chief constable and conditions of approval</source>
        <translation type="unfinished">Dangos cwestiynau a ofynnwyd i&apos;r prif gwnstabl ac amodau cymeradwyo</translation>
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
        <translation type="unfinished">Cofnodi cwestiwn i&apos;r prif gwnstabl neu amod cymeradwyo</translation>
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
        <translation type="unfinished">Taith sgrin lawn, mewn llythrennau mawr, drwy&apos;r crynodeb a phob baner goch (Esc i adael)</translation>
    </message>
    <message>
        <source>Scrutinise &amp;again…</source>
        <translation type="unfinished">Craffu &amp;eto…</translation>
    </message>
    <message>
        <source>Start a new round of this deployment, carrying the answers forward</source>
        <translation type="unfinished">Dechrau rownd newydd o&apos;r defnydd hwn, gan gario&apos;r atebion ymlaen</translation>
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
        <source>Framework &amp;coverage…</source>
        <translation type="unfinished">Cwmpas y &amp;fframweithiau…</translation>
    </message>
    <message>
        <source>How far the answers cover ALGOCARE, the Surveillance Camera Code, the NPCC AI Covenant and ATRS, and which elements remain unanswered</source>
        <translation type="unfinished">I ba raddau mae&apos;r atebion yn ymdrin ag ALGOCARE, y Cod Camerâu Gwyliadwriaeth, Cyfamod AI yr NPCC ac ATRS, a pha elfennau sy&apos;n dal heb eu hateb</translation>
    </message>
    <message>
        <source>Move to ne&amp;wer checklist version…</source>
        <translation type="unfinished">Symud i fersiwn &amp;newyddach o&apos;r rhestr wirio…</translation>
    </message>
    <message>
        <source>See what a newer checklist version adds, changes and removes, then move to it</source>
        <translation type="unfinished">Gweld beth mae fersiwn newyddach o&apos;r rhestr wirio yn ei ychwanegu, ei newid a&apos;i dynnu, yna symud iddi</translation>
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
        <translation type="unfinished">&amp;Dilysu&apos;r cofnod</translation>
    </message>
    <message>
        <source>Check that no entry in the decision record has been altered</source>
        <translation type="unfinished">Gwirio nad oes unrhyw gofnod yng nghofnod y penderfyniadau wedi ei newid</translation>
    </message>
    <message>
        <source>&amp;Back up record…</source>
        <translation type="unfinished">Gwneud copi &amp;wrth gefn o&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Save a checked copy of the whole record</source>
        <translation type="unfinished">Cadw copi wedi ei wirio o&apos;r cofnod cyfan</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished">&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Replace the record with a backup; the record as it is now is saved first</source>
        <translation type="unfinished">Rhoi copi wrth gefn yn lle&apos;r cofnod; caiff y cofnod fel y mae nawr ei gadw yn gyntaf</translation>
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
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <source>Record the panel&apos;s advice or the office&apos;s decision in the record</source>
        <translation type="unfinished">Cofnodi cyngor y panel neu benderfyniad y swyddfa yn y cofnod</translation>
    </message>
    <message>
        <source>Every decision in order: panel advice, the office&apos;s decisions, the chief constable&apos;s, and which superseded which</source>
        <translation type="unfinished">Pob penderfyniad yn ei drefn: cyngor y panel, penderfyniadau&apos;r swyddfa, rhai&apos;r prif gwnstabl, a pha un a ddisodlodd pa un</translation>
    </message>
    <message>
        <source>Version, data folder and log file</source>
        <translation type="unfinished">Fersiwn, ffolder data a ffeil log</translation>
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
        <translation type="unfinished">Ni ellir defnyddio&apos;r ffolder data %1: %2</translation>
    </message>
    <message>
        <source>%1 on this computer with the same record. Switch to that window (it may be minimised), or close it before starting another copy.</source>
        <translation type="unfinished">%1 ar y cyfrifiadur hwn gyda&apos;r un cofnod. Newidiwch i&apos;r ffenestr honno (efallai ei bod wedi ei lleihau), neu caewch hi cyn dechrau copi arall.</translation>
    </message>
    <message>
        <source>%1: the record cannot be opened</source>
        <translation type="unfinished">%1: ni ellir agor y cofnod</translation>
    </message>
    <message>
        <source>Some of your office&apos;s templates were not loaded</source>
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
        <translation type="unfinished">Mae %1 wedi ei lofnodi gan %2, nad yw&apos;r cofnod hwn yn ei adnabod.

Olion bysedd y dystysgrif:
%3

Cymharwch nhw â&apos;r olion bysedd y mae&apos;r swyddfa anfon yn eu cyhoeddi. Ymddiried yn y dystysgrif hon o hyn ymlaen a mewnforio&apos;r bwndel?</translation>
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
        <source>Keep this record&apos;s</source>
        <translation type="unfinished">Cadw un y cofnod hwn</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s</source>
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
        <translation type="unfinished">Ni fewnforiwyd %1%2, ac nid oes dim wedi newid: newidiwyd %3 eitem o “%4” yn y cofnod hwn ac yn y bwndel ers iddynt gyfarfod ddiwethaf. Dewiswch pa un i&apos;w gadw ar gyfer pob un, yna mewnforio; neu mewnforiwch y bwndel fel craffu ar wahân fel nad oes dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Taken from the bundle</source>
        <translation type="unfinished">Wedi eu cymryd o&apos;r bwndel</translation>
    </message>
    <message>
        <source>Kept from this record</source>
        <translation type="unfinished">Wedi eu cadw o&apos;r cofnod hwn</translation>
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
        <translation type="unfinished">Nid yw&apos;r bwndel hwn wedi ei lofnodi: mae ei swm gwirio yn dangos a gafodd ei ddifrodi, nid pwy a&apos;i gwnaeth nac a newidiodd rhywun ef. Mewnforiwch dim ond bwndeli a gawsoch gan swyddfa hysbys.</translation>
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
        <translation type="unfinished">Themâu, gyda&apos;u cwestiynau oddi tanynt</translation>
    </message>
    <message>
        <source>Questions answered in a theme, or a question&apos;s status</source>
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
        <source>%1 red flags</source>
        <translation type="unfinished">%1 baner goch</translation>
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
        <source>&lt;b&gt;Not ready:&lt;/b&gt; %1 critical question%2 unanswered or unknown</source>
        <translation type="unfinished">&lt;b&gt;Ddim yn barod:&lt;/b&gt; %1 cwestiwn allweddol heb eu hateb neu&apos;n anhysbys</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready:&lt;/b&gt; critical questions not met (red flags)</source>
        <translation type="unfinished">&lt;b&gt;Ddim yn barod:&lt;/b&gt; cwestiynau allweddol heb eu bodloni (baneri coch)</translation>
    </message>
    <message>
        <source>%1  ·  Red flags: %2  ·  Answered %3 of %4</source>
        <translation type="unfinished">%1  ·  Baneri coch: %2  ·  Wedi ateb %3 o %4</translation>
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
        <translation type="unfinished">Aeth rhywbeth o&apos;i le nad oedd Ethics Scrutiny yn ei ddisgwyl. Mae atebion rydych eisoes wedi eu gweld wedi eu nodi&apos;n “Wedi cadw” yn cael eu cadw yn y cofnod.

Beth ddigwyddodd: %1

</translation>
    </message>
    <message>
        <source>Details are in the log file:
%1</source>
        <translation type="unfinished">Mae&apos;r manylion yn y ffeil log:
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
    <message>
        <source>⚑ Red flags</source>
        <translation type="unfinished">⚑ Baneri coch</translation>
    </message>
    <message>
        <source>⚠ Overdue actions</source>
        <translation type="unfinished">⚠ Camau gweithredu hwyr</translation>
    </message>
    <message>
        <source>⚠ Reviews overdue</source>
        <translation type="unfinished">⚠ Adolygiadau hwyr</translation>
    </message>
    <message>
        <source>Reviews due within %1 days</source>
        <translation type="unfinished">Adolygiadau yn ddyledus o fewn %1 diwrnod</translation>
    </message>
    <message>
        <source>⚠ Approvals lapsed</source>
        <translation type="unfinished">⚠ Cymeradwyaethau wedi dod i ben</translation>
    </message>
    <message>
        <source>Scrutinies with a critical question not met; press to show only them</source>
        <translation type="unfinished">Craffu gyda chwestiwn allweddol heb ei fodloni; pwyswch i ddangos y rheini&apos;n unig</translation>
    </message>
    <message>
        <source>Scrutinies with an open action past its due date</source>
        <translation type="unfinished">Craffu gyda cham gweithredu agored wedi mynd heibio i&apos;w ddyddiad dyledus</translation>
    </message>
    <message>
        <source>Scrutinies whose standing decision&apos;s review date has passed</source>
        <translation type="unfinished">Craffu y mae dyddiad adolygu eu penderfyniad sefydlog wedi mynd heibio</translation>
    </message>
    <message>
        <source>Scrutinies due for review in the next %1 days</source>
        <translation type="unfinished">Craffu sy&apos;n ddyledus i&apos;w hadolygu yn ystod y %1 diwrnod nesaf</translation>
    </message>
    <message>
        <source>Scrutinies whose approval (support, with or without conditions) is past its review date; press to show only them</source>
        <translation type="unfinished">Craffu y mae eu cymeradwyaeth (cefnogaeth, gydag amodau neu hebddynt) wedi mynd heibio i&apos;w dyddiad adolygu; pwyswch i ddangos y rheini&apos;n unig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>decision_dialog</name>
    <message>
        <source>A recorded decision cannot be changed or deleted. If it is wrong, record a new decision that supersedes it; both stay in the record.</source>
        <translation type="unfinished">Ni ellir newid na dileu penderfyniad a gofnodwyd. Os yw&apos;n anghywir, cofnodwch benderfyniad newydd sy&apos;n ei ddisodli; mae&apos;r ddau yn aros yn y cofnod.</translation>
    </message>
    <message>
        <source>Ethics panels advise; the office&apos;s decision-maker (holding the chief constable to account) and the chief constable decide. Record the panel&apos;s advice and the office&apos;s decision as separate entries.</source>
        <translation type="unfinished">Mae paneli moeseg yn cynghori; mae&apos;r sawl sy&apos;n penderfynu yn y swyddfa (sy&apos;n dwyn y prif gwnstabl i gyfrif) a&apos;r prif gwnstabl yn penderfynu. Cofnodwch gyngor y panel a phenderfyniad y swyddfa fel cofnodion ar wahân.</translation>
    </message>
    <message>
        <source>Nothing: this is a new decision</source>
        <translation type="unfinished">Dim: mae hwn yn benderfyniad newydd</translation>
    </message>
    <message>
        <source>Needed only to support while red flags on &apos;should&apos; or &apos;could&apos; questions stand: say why the decision-maker accepts them. No reason sets aside a &apos;must&apos; flag. It is printed prominently in the report.</source>
        <translation type="unfinished">Dim ond ei angen i gefnogi tra bo baneri coch ar gwestiynau &apos;dylid&apos; neu &apos;gellid&apos; yn sefyll: dywedwch pam mae&apos;r sawl sy&apos;n penderfynu yn eu derbyn. Nid oes rheswm yn diystyru baner &apos;rhaid&apos;. Caiff ei argraffu&apos;n amlwg yn yr adroddiad.</translation>
    </message>
</context>
<context>
    <name>decision_history_view</name>
    <message>
        <source>Stands</source>
        <translation type="unfinished">Yn sefyll</translation>
    </message>
    <message>
        <source>Superseded by #%1</source>
        <translation type="unfinished">Disodlwyd gan #%1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;#%1 %2&lt;/b&gt; — %3, %4&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;#%1 %2&lt;/b&gt; — %3, %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Rhesymeg:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Supersedes decision #%1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Yn disodli penderfyniad #%1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Superseded by #%1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Disodlwyd gan #%1.&lt;/b&gt;&lt;/p&gt;</translation>
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
    <name>evidence_controller</name>
    <message>
        <source>Adding the evidence (copying its file into the record)…</source>
        <translation type="unfinished">Yn ychwanegu&apos;r dystiolaeth (yn copïo ei ffeil i&apos;r cofnod)…</translation>
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
        <translation type="unfinished">ni chyflenwyd y ffeil gan y swyddfa a&apos;i hanfonodd</translation>
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
        <translation type="unfinished">Dim byd yn y gofrestr eto. Ychwanegwch bob dogfen neu ddatganiad a gyflenwir gan yr heddlu, atodwch ei ffeil, a&apos;i chysylltu â&apos;r cwestiynau y mae&apos;n eu hateb.</translation>
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
        <translation type="unfinished">Cadw&apos;r %1 fel PDF</translation>
    </message>
    <message>
        <source>Save the %1</source>
        <translation type="unfinished">Cadw&apos;r %1</translation>
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
        <translation type="unfinished">Canslo&apos;r allforio</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Record backups (*.db)</source>
        <translation type="unfinished">Copïau wrth gefn o&apos;r cofnod (*.db)</translation>
    </message>
    <message>
        <source>Back up the record to</source>
        <translation type="unfinished">Gwneud copi wrth gefn o&apos;r cofnod i</translation>
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
        <translation type="unfinished">Mae elfen wedi ei bodloni pan fo pob cwestiwn sydd wedi ei dagio â hi wedi ei fodloni (neu&apos;n amherthnasol), heb ei bodloni pan atebir un fel arall, a heb ei hateb tra nad oes gan yr un ateb ond “anhysbys”. Mae “wedi ei fodloni” y mae rheol gysondeb yn ei amau yn cyfrif fel heb ei fodloni. Gadewir allan fframweithiau nad yw&apos;r rhestr wirio hon yn gofyn dim amdanynt.</translation>
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
        <translation type="unfinished">Gofynnwch i&apos;r heddlu yn uniongyrchol, neu ychwanegwch gwestiwn swyddfa</translation>
    </message>
    <message>
        <source>%1 (not answered)</source>
        <translation type="unfinished">%1 (heb ei ateb)</translation>
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
        <source>Force&apos;s reply</source>
        <translation type="unfinished">Ateb yr heddlu</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished">Ynghylch</translation>
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
        <source>&amp;Settings</source>
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
        <translation type="unfinished">Defnyddir yr iaith newydd o&apos;r tro nesaf y byddwch yn dechrau Ethics Scrutiny. Nid yw&apos;n effeithio ar eich cofnod na&apos;ch adroddiadau.</translation>
    </message>
</context>
<context>
    <name>meeting_controller</name>
    <message>
        <source>Panel comment, %1 %2: %3</source>
        <translation type="unfinished">Sylw&apos;r panel, %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished">Newidiwyd gan rywun arall</translation>
    </message>
    <message>
        <source>Record failed verification</source>
        <translation type="unfinished">Methodd y cofnod ei ddilysu</translation>
    </message>
    <message>
        <source>%1

Write the report all the same? Every page will be marked RECORD FAILED VERIFICATION, and the record notes that it was written despite the failure.</source>
        <translation type="unfinished">%1

Ysgrifennu&apos;r adroddiad beth bynnag? Caiff pob tudalen ei nodi METHODD Y COFNOD EI DDILYSU, ac mae&apos;r cofnod yn nodi iddo gael ei ysgrifennu er gwaethaf y methiant.</translation>
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
        <translation type="unfinished">Mae eich testun ar y clipfwrdd, felly gallwch ei ludo&apos;n ôl ar ôl ail-lwytho. </translation>
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
        <translation type="unfinished">Archifau&apos;r cofnod (*.zip)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Not signed</source>
        <translation type="unfinished">Heb ei lofnodi</translation>
    </message>
    <message>
        <source>The signing key&apos;s passphrase:</source>
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
        <translation type="unfinished">Dim tystiolaeth wedi ei chysylltu â&apos;r cwestiwn hwn eto (ychwanegwch hi yn nhab y Gofrestr dystiolaeth)</translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished">Rhaid</translation>
    </message>
    <message>
        <source>Legal requirement: the law requires it</source>
        <translation type="unfinished">Gofyniad cyfreithiol: mae&apos;r gyfraith yn ei fynnu</translation>
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
        <source>&lt;h3&gt;Why this matters&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Source%2:&lt;/i&gt; %3&lt;/p&gt;&lt;h3&gt;Evidence to ask for&lt;/h3&gt;%4&lt;h3&gt;Red flag&lt;/h3&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Pam mae hyn yn bwysig&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ffynhonnell%2:&lt;/i&gt; %3&lt;/p&gt;&lt;h3&gt;Tystiolaeth i ofyn amdani&lt;/h3&gt;%4&lt;h3&gt;Baner goch&lt;/h3&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
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
        <translation type="unfinished">Copïau wrth gefn o&apos;r cofnod (*.db)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Replace the whole record with the backup
%1?

Everything recorded since that backup was taken will be taken out of the record. The record as it is now is saved in the backups folder first, so this can be undone.</source>
        <translation type="unfinished">Rhoi&apos;r copi wrth gefn
%1
yn lle&apos;r cofnod cyfan?

Caiff popeth a gofnodwyd ers gwneud y copi wrth gefn hwnnw ei dynnu o&apos;r cofnod. Caiff y cofnod fel y mae nawr ei gadw yn y ffolder copïau wrth gefn yn gyntaf, felly gellir dadwneud hyn.</translation>
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
        <translation type="unfinished">Wedi ei ateb o&apos;r newydd</translation>
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
        <translation type="unfinished">%1 (nodyn wedi ei nodi&apos;n sensitif)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1: round %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1: rownd %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>This is the first round: there is no earlier round to compare with.</source>
        <translation type="unfinished">Dyma&apos;r rownd gyntaf: nid oes rownd gynharach i&apos;w chymharu â hi.</translation>
    </message>
    <message>
        <source>No answer has changed since round %1; this round started with its answers carried forward.</source>
        <translation type="unfinished">Nid oes ateb wedi newid ers rownd %1; dechreuodd y rownd hon gyda&apos;i hatebion wedi eu cario ymlaen.</translation>
    </message>
    <message>
        <source>%1 answer%2 changed since round %3.</source>
        <translation type="unfinished">%1 ateb wedi newid ers rownd %3.</translation>
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

Caiff ei hatebion eu cario ymlaen o rownd %3, sy&apos;n aros yn y cofnod heb ei newid. Defnyddiwch hyn ar ôl cynllun peilot, neu pan fydd yr heddlu&apos;n anfon tystiolaeth newydd.</translation>
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
        <translation type="unfinished">Yn barod ar gyfer y panel, neu beth sy&apos;n ei ddal yn ôl; mae ⚑ yn cyfrif baneri coch</translation>
    </message>
    <message>
        <source>Review date of the decision that stands (not superseded or withdrawn)</source>
        <translation type="unfinished">Dyddiad adolygu&apos;r penderfyniad sy&apos;n sefyll (heb ei ddisodli na&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <source>Open questions and conditions; ⚠ marks those past their due date</source>
        <translation type="unfinished">Cwestiynau ac amodau agored; mae ⚠ yn nodi&apos;r rhai sydd wedi mynd heibio i&apos;w dyddiad dyledus</translation>
    </message>
    <message>
        <source>Latest decision: the newest one still standing</source>
        <translation type="unfinished">Penderfyniad diweddaraf: yr un mwyaf newydd sy&apos;n dal i sefyll</translation>
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
        <source>%1 (due in %2 day%3)</source>
        <translation type="unfinished">%1 (dyledus ymhen %2 diwrnod)</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished">%1 o %2 cwestiwn wedi eu hateb</translation>
    </message>
    <message>
        <source>%1 open action(s), %2 past their due date</source>
        <translation type="unfinished">%1 cam gweithredu agored, %2 wedi mynd heibio i&apos;w dyddiad dyledus</translation>
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
        <translation type="unfinished">%1: mae&apos;r gymeradwyaeth wedi dod i ben. Roedd ei adolygiad yn ddyledus%2; adolygwch y defnydd a chofnodwch benderfyniad newydd.</translation>
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
        <translation type="unfinished">yn berthnasol o&apos;r newydd i&apos;r dechnoleg hon (fersiwn %1)</translation>
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
        <translation type="unfinished">mae eich ateb yn gadael y rhestr wirio ac yn cael ei gadw&apos;n llawn yn y cofnod</translation>
    </message>
    <message>
        <source>was not answered</source>
        <translation type="unfinished">nid atebwyd</translation>
    </message>
</context>
</TS>

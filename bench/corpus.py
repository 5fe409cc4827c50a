"""Text the benchmark data is made from: English and Welsh mostly, with other scripts mixed in."""

from __future__ import annotations

FORCES = (
    "Avon and Somerset Constabulary",
    "Heddlu Dyfed-Powys Police",
    "Heddlu Gogledd Cymru / North Wales Police",
    "Heddlu Gwent Police",
    "Heddlu De Cymru / South Wales Police",
    "Cumbria Constabulary",
    "Devon and Cornwall Police",
    "Essex Police",
    "Greater Manchester Police",
    "Hampshire and Isle of Wight Constabulary",
    "Lancashire Constabulary",
    "Leicestershire Police",
    "Merseyside Police",
    "Northumbria Police",
    "Sussex Police",
    "Thames Valley Police",
    "West Midlands Police",
    "West Yorkshire Police",
)

SUPPLIERS = (
    "Example Vision Ltd",
    "Northgate Analytics",
    "Cymru Data Cyf.",
    "Skyline Aerial Systems",
    "Plate-Read Solutions",
    "Redact-o-Matic GmbH",
    "Łódź Systemy Sp. z o.o.",
    "Αθηνά Τεχνολογίες Α.Ε.",
)

# (English, Welsh) titles: a Welsh-language scrutiny takes the Welsh one.
TITLE_STEMS = (
    ("Live facial recognition at city-centre events", "Adnabod wynebau byw mewn digwyddiadau"),
    ("Retrospective face search of custody images", "Chwilio wynebau ôl-weithredol"),
    ("Officer-initiated face matching on mobile phones", "Paru wynebau ar ffonau symudol"),
    ("Risk scoring of domestic abuse reports", "Sgorio risg adroddiadau cam-drin domestig"),
    ("Drones for missing-person searches", "Dronau i chwilio am bobl ar goll"),
    ("ANPR cameras on the A55 corridor", "Camerâu ANPR ar goridor yr A55"),
    ("Automated redaction of body-worn video", "Golygu fideo camerâu corff yn awtomatig"),
    (
        "Knife-detection arches at the railway station",
        "Bwâu canfod cyllyll yng ngorsaf y rheilffordd",
    ),
    ("Predictive patrol planning", "Cynllunio patrolau rhagfynegol"),
    ("Voice analytics in the control room", "Dadansoddi lleisiau yn yr ystafell reoli"),
)

PURPOSES = (
    "To locate people wanted on warrant for serious violent offences at large public events.",
    "I ddod o hyd i bobl ar goll yn gyflymach yn yr ucheldiroedd a'r arfordir.",
    "To cut the time officers spend redacting footage before disclosure to the defence.",
    "To prioritise scarce safeguarding resources towards the highest-risk cases.",
    "Aby skrócić czas identyfikacji sprawców przestępstw z użyciem noża (trial with partners).",
)

# Notes per status, with {evidence} standing for what the force supplied.
NOTES = {
    "met": (
        "Seen and checked: {evidence}. It answers the question fully.",
        "Wedi'i weld a'i wirio: {evidence}. Mae'n ateb y cwestiwn yn llawn.",
        "Checked against the published policy; the panel's chair signed it off on the day.",
    ),
    "partly_met": (
        "Seen: {evidence}. It covers part of the question; follow-up asked at the meeting.",
        "Wedi'i weld: {evidence}. Mae'n ateb rhan o'r cwestiwn; gofynnwyd am fwy.",
        "Częściowo spełnione: dokument nie obejmuje danych z ostatniego kwartału.",
    ),
    "not_met": (
        "Asked for: {evidence}. What the force sent does not answer the question.",
        "Gofynnwyd am: {evidence}. Nid yw'r hyn a anfonwyd yn ateb y cwestiwn.",
        "Το έγγραφο που στάλθηκε δεν απαντά στην ερώτηση (translated note from the supplier).",
    ),
    "unknown": (
        "Requested from the force: {evidence}. Not yet received.",
        "Gofynnwyd i'r heddlu am: {evidence}. Heb ei dderbyn eto.",
        "Запит надіслано постачальнику; відповіді ще немає (supplier's Ukrainian office).",
    ),
    "not_applicable": (
        "Not applicable: the deployment does not use this feature.",
        "Amherthnasol: nid yw'r defnydd yn cynnwys y nodwedd hon.",
        "لاگو نہیں ہوتا: یہ نظام اس خصوصیت کو استعمال نہیں کرتا۔ (community panel member's note)",
    ),
}

# Mixed into some notes in the large record only (the bundled PDF font has no CJK glyphs).
EXTRA_SCRIPTS = (
    " Community feedback (Cantonese): 市民關注資料保存期限。",
    " Sylw gan y cyhoedd: mae pryder am gadw data.",
    " Uwagi mieszkańców: obawy o przechowywanie danych.",
)

EVIDENCE_TITLES = (
    ("Data protection impact assessment", "DPIA v{n}.{m}"),
    ("Equality impact assessment", "EqIA {n}/{m}"),
    ("Force policy for the deployment", "POL-{n}{m}"),
    ("Supplier accuracy test report", "TR-{n}-{m}"),
    ("Asesiad effaith cydraddoldeb (Cymraeg)", "AEC {n}.{m}"),
    ("Legal advice on the power relied on", "LA/{n}/{m}"),
    ("Minutes of the community reference group", "CRG-{n}"),
)

ACTION_TEXTS = (
    "Please send the evidence asked for on this question before the next panel.",
    "Anfonwch y dystiolaeth y gofynnwyd amdani cyn y panel nesaf, os gwelwch yn dda.",
    "Publish the watchlist criteria and the retention period on the force website.",
    "Report false alert rates by age, sex and ethnicity at every quarterly review.",
    "Commission an independent accuracy test at the threshold used operationally.",
)

CONDITION_TEXTS = (
    "Deployments stop if the independent accuracy test is not published within six months.",
    "Rhaid cyhoeddi'r polisi yn Gymraeg ac yn Saesneg cyn y defnydd cyntaf.",
    "Every deployment is logged and reported to the panel within 28 days.",
)

RATIONALES = {
    "support": "The panel is satisfied the deployment is necessary, proportionate and lawful.",
    "support_with_conditions": (
        "The panel advises support provided the conditions below are met and reported on."
    ),
    "defer": "The panel cannot advise until the missing evidence on critical questions arrives.",
    "do_not_support": (
        "Mae'r panel yn cynghori yn erbyn: nid yw'r heddlu wedi dangos bod y defnydd yn gymesur."
    ),
}

# What a condition naming flagged questions asks of the force (after "LB-03, PD-02: ").
NAMING_CONDITIONS = (
    "the force supplies what the red flag asks for before the next deployment.",
    "the force publishes the missing policy and the panel reviews it within three months.",
    "no deployment until the force answers the panel's question in writing.",
)
OVERRIDE_REASON = (
    "The PCC accepts the remaining risk for a time-limited pilot because the force has committed "
    "to supply the missing assessments before any live use, and the panel will review it."
)

DECIDERS = (
    "Ethics panel (chair: Dr Siân Llywelyn)",
    "Police and Crime Commissioner",
    "Panel moeseg / Ethics panel",
    "Chief Constable",
)

OWNERS = ("Force project lead", "Arweinydd prosiect yr heddlu", "Head of information assurance")

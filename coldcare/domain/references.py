"""The evidence behind every safety number, from ../research/clinical.md (reference list).

Reasons cite these ids; the app shows the citation and address on "Why?" (no network is
used: the address is shown as text). Titles stay in their original language.
"""

from __future__ import annotations

from dataclasses import dataclass

from coldcare.domain.i18n import QT_TRANSLATE_NOOP

COLDCARE_DEFAULT = "ColdCare default"
PERSONAL_LIMIT = "Personal limit"


@dataclass(frozen=True)
class Reference:
    """One cited source."""

    ref_id: str
    citation: str
    address: str


REFERENCES: dict[str, Reference] = {
    "R1": Reference(
        "R1",
        "Bleakley, McDonough, MacAuley 2004, Am J Sports Med (systematic review)",
        "https://it.scribd.com/document/134017048/Bleakley-Et-Al-2004-Am-J-Sports-Med-1",
    ),
    "R2": Reference(
        "R2", "Bugaj 1975, Phys Ther 55:11", "https://pubmed.ncbi.nlm.nih.gov/1088989/"
    ),
    "R3": Reference(
        "R3",
        "NCT05355116 / NCT05136482 trial rationales",
        "https://clinicaltrialcompass.org/trial/NCT05355116",
    ),
    "R4": Reference(
        "R4",
        "Algafly, George, Herrington 2007, BJSM 41:365",
        "https://bjsm.bmj.com/content/41/6/365",
    ),
    "R5": Reference(
        "R5",
        "Vanggaard 1975, Aviat Space Environ Med 46:33",
        "https://suppr.wilddata.cn/browses/detail/pubmed/1115693",
    ),
    "R6": Reference(
        "R6",
        "Kunesch et al 1987, Acta Physiol Scand",
        "https://www.semanticscholar.org/paper/Peripheral-neural-correlates-of-cutaneous-anaesthe-Kunesch-Schmidt/1dab57c19bafef770b3ad9ce968d544bf8755a91",
    ),
    "R7": Reference(
        "R7",
        "Meeusen & Lievens 1986, Sports Med 3:398",
        "https://link.springer.com/article/10.2165%2F00007256-198603060-00002",
    ),
    "R8": Reference("R8", "NHS Hull CCG, Frostbite", "http://hullccg.nhs.uk/conditions/frostbite"),
    "R9": Reference(
        "R9", "Cold injury summary (wiki-derived)", "https://wikisum.wiki/wiki/Cold_injury"
    ),
    "R10": Reference(
        "R10",
        "Zafren 2021, Nonfreezing cold injury, IJERPH 18:10482",
        "https://www.mdpi.com/1660-4601/18/19/10482/htm",
    ),
    "R11": Reference(
        "R11",
        "Nerve conduction studies in experimental NFCI I: local nerve cooling",
        "https://scilit.net/publications/54e6b64f47f5f0f9bfb0e760fd0b7ffe",
    ),
    "R12": Reference(
        "R12",
        "Khoshnevis et al 2015, cryotherapy-induced persistent vasoconstriction",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC4395553",
    ),
    "R13": Reference(
        "R13",
        "Khoshnevis et al, ASME J Med Diagnostics 1(4):041007",
        "https://asmedigitalcollection.asme.org/medicaldiagnostics/article-abstract/1/4/041007/457242",
    ),
    "R14": Reference(
        "R14",
        "Hunting reaction",
        "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Hunting_reaction",
    ),
    "R15": Reference(
        "R15",
        "PT lecture flashcards (hunting reaction sites; superficial 5–8 vs deep 10–20 min)",
        "https://www.brainscape.com/flashcards/prac-ice-7053745/packs/11310937",
    ),
    "R16": Reference(
        "R16",
        "FDA freezer 0 °F (-18 °C) (via JS Online)",
        "http://archive.jsonline.com/features/food/at-what-temperatures-should-your-fridge-and-freezer-be-set-b99179597z1-239167471.html",
    ),
    "R17": Reference(
        "R17",
        "PT modalities guide (Cameron-style lists and parameters)",
        "https://epalmer122.wixsite.com/modalitiesguide/cyrotherapy",
    ),
    "R18": Reference(
        "R18",
        "dermatalk: freezer ice may be below 0 °C, wrap it",
        "http://dermatalk.com/threads/9379-What-is-cryotherapy",
    ),
    "R19": Reference(
        "R19",
        "Bally fitness tips (store-bought packs colder than ice)",
        "http://www.ballyfitness.com/achieve-your-goals/fitness-tips/soreness-and-rest/fitness-tips_ice-treatment.aspx",
    ),
    "R20": Reference(
        "R20",
        "Chesterton, Foster, Ross 2002, Arch Phys Med Rehabil 83:543",
        "https://pureportal.coventry.ac.uk/en/publications/skin-temperature-response-to-cryotherapy",
    ),
    "R21": Reference(
        "R21",
        "Kanlayanaphotporn & Janwantanakul 2005, Arch Phys Med Rehabil 86:1411",
        "https://pubmed.ncbi.nlm.nih.gov/16003673/",
    ),
    "R22": Reference(
        "R22",
        "Cleveland Clinic, How long to ice an injury (Dec 2024)",
        "https://health.clevelandclinic.org/how-long-to-ice-an-injury",
    ),
    "R23": Reference(
        "R23",
        "Walgreens hot/cold compress label",
        "https://globaldiscountpharmacy.com/walgreens-hot-cold-large-compress.html",
    ),
    "R24": Reference("R24", "PAINCAKES safe-use label", "https://pain-cakes.com/safe-use"),
    "R25": Reference(
        "R25",
        "How cold do ice packs get (lay)",
        "https://biologyinsights.com/how-cold-do-ice-packs-get-temperature-ranges-explained",
    ),
    "R26": Reference(
        "R26",
        "MPFT NHS, Safe use of cold treatment",
        "https://mpft.nhs.uk/services/msk/self-help/general-advice/safe-use-cold-treatment",
    ),
    "R27": Reference(
        "R27",
        "Mersey Care NHS physiotherapy, Protection-rest-ice",
        "https://www.merseycare.nhs.uk/physiotherapy/protection-rest-ice",
    ),
    "R28": Reference(
        "R28",
        "Mayo Clinic sprains & strains (2011)",
        "http://www.mayoclinic.org/diseases-conditions/sprains-and-strains/basics/lifestyle-home-remedies/con-20020958",
    ),
    "R29": Reference(
        "R29",
        "Healthwise, Using Ice and Cold Packs (mirror)",
        "https://www.medicalrecords.com/conditions/bones-joints-and-muscles/using-ice-and-cold-packs",
    ),
    "R30": Reference(
        "R30",
        "BMJ Best Practice-style sprain patient advice (library mirror)",
        "https://bibliotheek.ehb.be:2400/topics/en-gb/578/patient-discussions",
    ),
    "R31": Reference(
        "R31",
        "fpnotebook, Local Cold Therapy",
        "https://fpnotebook.com/legacy/Sports/Pharm/LclCldThrpy.htm",
    ),
    "R32": Reference(
        "R32",
        "ACPSM PRICE guideline (Bleakley et al 2010)",
        "https://docslib.org/doc/2074839/acute-management-of-soft-tissue-injuries",
    ),
    "R33": Reference(
        "R33",
        '"The Use of Ice in Patient Management" snapshot report 2012',
        "https://scribd.com/document/497157376/Ice",
    ),
    "R34": Reference(
        "R34",
        "Graham & Stevenson 2000, BJSM 34:382 (frozen chips frostbite)",
        "https://docslib.org/doc/1819409/case-report-frozen-chips-an-unusual-cause-of-severe-frostbite-injury",
    ),
    "R35": Reference(
        "R35",
        "Healthwise, Ice Massage",
        "https://www.commonspirit.org/conditions-treatments/ice-massage",
    ),
    "R36": Reference(
        "R36",
        "seethetrainer, Application of cold",
        "https://seethetrainer.com/common-injuries/application-cold",
    ),
    "R37": Reference(
        "R37", "Quest PT ice cup", "https://www.questphysicaltherapy.com/blog/ice-cup-massage/"
    ),
    "R38": Reference(
        "R38",
        "J Sport Rehabil 15(2):105, pain during ice-bath immersion at 1/10/15 °C",
        "https://journals.humankinetics.com/view/journals/jsr/15/2/article-p105.xml",
    ),
    "R39": Reference(
        "R39",
        "Machado et al 2016, Sports Med 46:503",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC4802003",
    ),
    "R40": Reference(
        "R40",
        "BYU thesis, ice-bath 10/15/20 min at 1 °C",
        "http://scholarsarchive.byu.edu/etd/181/",
    ),
    "R41": Reference(
        "R41",
        "Ice immersion teaching activity (50–55 °F; stop if lightheaded)",
        "https://studylib.net/doc/25336147/ice-immersion-activity",
    ),
    "R42": Reference(
        "R42",
        "Aircast Cryo/Cuff product text",
        "https://www.medsupplies.co/aircast-cryo-cuff-gravity-cooler-system-with-cryo.html",
    ),
    "R43": Reference("R43", "Game Ready GRPro 2.1 manual (JP)", "https://expydoc.com/doc/7323584/"),
    "R44": Reference(
        "R44",
        "Polar Products programmable timer",
        "https://www.polarproducts.com/polarshop/pc/viewPrd.asp?IDCategory=0&IDProduct=557708",
    ),
    "R45": Reference(
        "R45",
        "Össur Cold Rush manual",
        "https://azmanual.top/manuals/248249/activeforever-ossur-cold-rush-cold-therapy-system.html?page=6",
    ),
    "R46": Reference(
        "R46",
        "(lay/legal) cold-therapy device injuries: https://www.schmidtlaw.com/cold-therapy-lawsuit/ ; https://www.trantololaw.com/catastrophic-injuries/cold-therapy-nerve-damage/",
        "https://www.schmidtlaw.com/cold-therapy-lawsuit/",
    ),
    "R47": Reference(
        "R47",
        "Breg Polar Care product insert",
        "https://dokumen.tips/documents/electrical-safety-product-specifications-polar-care-glacier-polar-care-kodiakpolar.html",
    ),
    "R48": Reference(
        "R48",
        "Breg Polar Care Cube operating instructions Rev B 2012",
        "https://www.bioclinicalservices.com.au/breg-inc/clinical/polar-care-cube-operating-instructions-rev-b-july-2012",
    ),
    "R49": Reference(
        "R49",
        "reference.com ammonium nitrate cold pack (lay)",
        "https://www.reference.com/science/make-ammonium-nitrate-cold-pack-79416a081f09aa03",
    ),
    "R50": Reference("R50", "Instant cold pack", "http://en.wikipedia.org/wiki/Instant_cold_pack"),
    "R51": Reference(
        "R51",
        "Baranov et al 2019, Technique and Technology of WBC (IntechOpen)",
        "https://www.intechopen.com/chapters/65430",
    ),
    "R52": Reference(
        "R52",
        "Legrand et al 2023, WBC safety scoping review, Eur J Med Res",
        "https://eurjmedres.biomedcentral.com/articles/10.1186/s40001-023-01385-z",
    ),
    "R53": Reference(
        "R53",
        "J Therm Anal Calorim WBC parameters",
        "http://link.springer.com/article/10.1007%252Fs10973-012-2741-4",
    ),
    "R54": Reference(
        "R54",
        "WBC operators (lay): https://fusionwbrecovery.com/faqs-from-our-clients-what-is-correct-cryotherapy-protocol/ ; https://recoverycryobcs.com/faq-items/how-long-are-the-sessions/",
        "https://fusionwbrecovery.com/faqs-from-our-clients-what-is-correct-cryotherapy-protocol/",
    ),
    "R55": Reference(
        "R55",
        "Lombardi 2017 contraindications (via)",
        "https://www.hightechhealing.com/blogs/whole-body-cryotherapy/is-whole-body-cryotherapy-safe",
    ),
    "R56": Reference(
        "R56",
        "(lay) https://coynemedical.com/who-should-not-get-in-a-cryo-chamber",
        "https://coynemedical.com/who-should-not-get-in-a-cryo-chamber",
    ),
    "R57": Reference(
        "R57",
        "(lay) https://www.crossfunctionrecovery.com/faq-1 ; FDA consumer update 5 Jul 2016 (via HealthDay)",
        "https://www.crossfunctionrecovery.com/faq-1",
    ),
    "R58": Reference(
        "R58",
        "Tsang et al 1997, J Sport Rehabil, cryotherapy through barriers",
        "https://preview.concepedia.online/publication/W2148933625",
    ),
    "R59": Reference(
        "R59",
        "Emporia State thesis, wet vs dry elastic bandage",
        "https://esirc.emporia.edu/handle/123456789/2030",
    ),
    "R60": Reference(
        "R60",
        "Ice bag with vs without damp towel (30 females)",
        "https://discovery.researcher.life/article/different-rate-of-cooling-time-and-magnitude-of-cooling-temperature-during-ice-bag-treatment-with-and-without-damp-towel-wrap/bfd4dd9f864b3a59a648d601cd07cf84",
    ),
    "R61": Reference(
        "R61",
        "(lay) Hilton Chiropractic summary",
        "https://hiltonchiropractic.com.au/blog-posts-1/ice-therapy",
    ),
    "R62": Reference(
        "R62",
        "medicalalgorithms, frostbite with cryotherapy",
        "https://www.medicalalgorithms.com/frostbite-associated-with-cryotherapy-of-sports-injury",
    ),
    "R63": Reference(
        "R63",
        "Bleakley et al 2006, BJSM 40:700",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC2579462",
    ),
    "R64": Reference(
        "R64",
        "Enovis clinical overview of Bleakley 2006",
        "https://online.flippingbook.com/view/356655240/37",
    ),
    "R65": Reference(
        "R65",
        "Collins, Storey, Peterson 1986, Phys Sportsmed 14(5):105",
        "https://scilit.com/publications/84c701d983a52dff636b2fb6eb2b4673",
    ),
    "R66": Reference(
        "R66",
        "Moeller, Monroe, McKeag 1997, Clin J Sport Med 7:212",
        "https://ohsu.elsevierpure.com/en/publications/cryotherapy-induced-common-peroneal-nerve-palsy",
    ),
    "R67": Reference(
        "R67",
        "Malone, Engelhardt, Kirkpatrick, Bassett 1992, J Athl Train 27:235",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC1317252/",
    ),
    "R68": Reference(
        "R68",
        "(lay) MH Sports Massage, Ice treatment dangers",
        "https://www.mhsportsmassage.co.uk/single-post/2016/11/24/ice-treatment-dangers-to-be-aware-of",
    ),
    "R69": Reference(
        "R69",
        "Jutte et al 2012, J Athl Train 47:170 (skinfold at 8 cryotherapy sites)",
        "https://meridian.allenpress.com/jat/article/47/2/170/111321",
    ),
    "R70": Reference(
        "R70",
        "Covington & Bassett 1993, Phys Sportsmed 21(3) (via)",
        "https://spaceicetherapy.com/2019/06/17/when-cryotherapy-injures/",
    ),
    "R71": Reference(
        "R71",
        "PRICE leaflet (5–10 min on bony areas; 20 min every 3–4 h)",
        "http://unitedhealthkent.com/2012/11/price-and-avoid-harm",
    ),
    "R72": Reference(
        "R72",
        "Myrer et al 2001, J Athl Train 36:32",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC155399",
    ),
    "R73": Reference(
        "R73",
        "Otte et al 2002, Arch Phys Med Rehabil 83:1501",
        "https://pubmed.ncbi.nlm.nih.gov/12422316/",
    ),
    "R74": Reference(
        "R74",
        "French et al 2006, Cochrane superficial heat or cold for LBP",
        "https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full",
    ),
    "R75": Reference(
        "R75",
        "Clinical Gate ch. 42 Cryotherapy (Proulx case; Shelley & Caro cold-sensitivity types)",
        "https://clinicalgate.com/cryotherapy-cold-therapy",
    ),
    "R76": Reference(
        "R76", "Raynaud's patient information", "https://curesearch.org/Raynauds-Phenomenon"
    ),
    "R77": Reference(
        "R77",
        "National Headache Foundation, Hot and cold packs",
        "https://headaches.org/2007/10/25/hot-and-cold-packs-showers/",
    ),
    "R78": Reference(
        "R78",
        "Ucler et al 2006, cold gel cap pilot",
        "https://ichgcp.net/fi/clinical-trials-registry/publications/109805-cold-therapy-in-migraine-patients-open-label-non-controlled-pilot-study",
    ),
    "R79": Reference(
        "R79",
        "Diamond & Freitag 1986, Postgrad Med 79:305",
        "https://www.ncbi.nlm.nih.gov/m/pubmed/3941818/",
    ),
    "R80": Reference(
        "R80",
        "Diving response (medical dictionary)",
        "https://medical-dictionary.thefreedictionary.com/Diving+Response",
    ),
    "R81": Reference(
        "R81",
        "University Oral & Maxillofacial Surgery FAQ",
        "https://universityomf.ca/faq_post/swelling-after-dental-extractions-or-wisdom-teeth-removal/",
    ),
    "R82": Reference(
        "R82", "mesdentistes.ca swelling", "https://www.mesdentistes.ca/en/emergencies/enflure/"
    ),
    "R83": Reference(
        "R83",
        "Sprouse-Blum et al 2013, targeted neck cooling RCT",
        "https://docslib.org/download/410103/targeted-neck-cooling-in-the-treatment-of-the-migraine-patient",
    ),
    "R84": Reference(
        "R84",
        "Ice collar and carotid flows (epistaxis study)",
        "https://www.biocloudy.com/literatureDetail/NTE3MjMxMw==",
    ),
    "R85": Reference(
        "R85",
        "Houghton, Nussbaum, Hoens 2010, Physiother Can 62(5) EPA contraindications; ch. 7 Cryotherapy pp 55–62 (reference list incl. Day 1974 hypertensive response; Dover 2004 cold urticaria; Nadler 2003)",
        "https://ouci.dntb.gov.ua/en/works/7q2x1Zb4",
    ),
    "R86": Reference(
        "R86",
        "NINDS back-pain advice (via Bayhealth)",
        "http://www.bayhealth.org/health-library/health-library-home?type=5&parm1=30416&parm2=30407",
    ),
    "R87": Reference(
        "R87",
        "Old PT teaching on contraindications (lay reproduction)",
        "https://learnaboutdisease.blogspot.com/2021/07/What%20is%20the%20contraindication%20of%20cold%20therapy.html",
    ),
    "R88": Reference(
        "R88",
        "Brosseau et al 2003, Cochrane thermotherapy for knee OA",
        "https://paperexplained.cn/articles/paper/detail/a4b5d65d23212983731cba4e0ece473672991010",
    ),
    "R89": Reference(
        "R89",
        "Arthritis Foundation tip (via ProHealth)",
        "https://www.prohealth.com/library/tip-of-the-day-15-12249",
    ),
    "R90": Reference(
        "R90",
        "NHS RICE as reported",
        "https://www.firstaid.co.uk/how-to-treat-sprains-and-strains/",
    ),
    "R91": Reference(
        "R91", "PhysioAdvisor", "https://www.physioadvisor.com.au/faq/when-should-i-use-ice/"
    ),
    "R92": Reference(
        "R92",
        "Practo cold-pack tips",
        "https://www.practo.com/healthfeed/tips-on-how-to-use-a-cold-pack-33087/post",
    ),
    "R93": Reference(
        "R93",
        "AboutKidsHealth cold packs (via school nurse page)",
        "https://www.livingston.org/Page/31168",
    ),
    "R94": Reference("R94", "Pitts Chiropractic", "https://www.pittschiro.com/therapy-at-home"),
    "R95": Reference("R95", "Rhino Scoliosis Center", "https://www.rhinosc.com/try-ice-for-pain/"),
    "R96": Reference(
        "R96",
        "PT physical agents flashcards",
        "http://www.cram.com/flashcards/pt-714-physical-agents-2011479",
    ),
    "R97": Reference(
        "R97", "(lay) Help With Elderly Parents", "http://helpwithelderlyparents.com/coldtherapy/"
    ),
    "R98": Reference(
        "R98",
        "TM (Training Matters) Ice and heat therapy",
        "https://www.tmmagazine.co.uk/learning/topical-pain-relief/ice-and-heat-therapy-19027",
    ),
    "R99": Reference(
        "R99",
        "(lay) https://askvity.info/first-aid/how-do-you-use-an-ice-pack ; https://lincolnparkchiropractic.com/2012/05/5-tips-for-icing-an-injury/",
        "https://askvity.info/first-aid/how-do-you-use-an-ice-pack",
    ),
    "R100": Reference(
        "R100",
        "Bally [R19]; Teichiera Chiropractic",
        "http://www.teicheirachiropractic.com/when-ice-has-been-recommended/",
    ),
    "R101": Reference(
        "R101",
        "(lay) Renegade Rehab, four stages of icing",
        "https://renegaderehab.io/blog/the-four-stages-of-icing",
    ),
    "R102": Reference(
        "R102",
        "(lay) https://www.medicinecontact.com/blog/ice-pack-for-migraine",
        "https://www.medicinecontact.com/blog/ice-pack-for-migraine",
    ),
    "R103": Reference(
        "R103",
        "URMC via HealthDay",
        "https://thehealthcast.com/general-health/health-tip-soothing-pain-with-cold-therapy",
    ),
    "R104": Reference(
        "R104",
        "Angelmed gel pack instructions",
        "https://angelmed.co.uk/pages/how-to-use-hot-cold-therapy",
    ),
    "R105": Reference(
        "R105",
        "Cleveland Clinic, sprains of ankle, knee, wrist",
        "https://my.clevelandclinic.org/health/diseases/15461-sprains-of-the-ankle-knee-and-wrist/management-and-treatment",
    ),
    "R106": Reference(
        "R106",
        "(lay) Spine-health text copy",
        "https://elispot.biz/about-all/cold-compress-arthritis-when-and-why-to-apply-cold-to-an-arthritic-joint.html",
    ),
    "R107": Reference(
        "R107",
        "Liquid Ice vs crushed ice in wet towel, Physiother Theory Pract 2010;26:393",
        "http://informahealthcare.com/doi/full/10.3109/09593980903229240",
    ),
    "R108": Reference(
        "R108",
        "CIB vs CWI intramuscular, JOSPT 2012;42:731",
        "http://www.ncbi.nlm.nih.gov/pubmed/22446500",
    ),
    "R109": Reference(
        "R109",
        "Cryotherapy contraindications (student summary of PT text)",
        "https://scribd.com/document/506041327/electrotherapy",
    ),
    "R110": Reference(
        "R110",
        "medicalalgorithms, contraindications to cryotherapy",
        "https://www.medicalalgorithms.com/contraindications-for-therapeutic-cold-treatment-cryotherapy",
    ),
    "R111": Reference(
        "R111",
        "DeRoyal TempTherapy / Polar Care cold-therapy contraindications",
        "https://deroyal.com/products/search-catalog-item/catalog-item-preview/pc-temptherapy-jetstream",
    ),
    "R112": Reference(
        "R112",
        "Gomułka 2012, Cold urticaria case report",
        "https://www.termedia.pl/Case-report-r-nCold-urticaria-a-case-report,7,18148,1,1.html",
    ),
    "R113": Reference(
        "R113",
        "Kulthanan et al 2019, ColdU in a tropical country (TempTest CTT mean 21 °C)",
        "https://synapse.koreamed.org/articles/1125507",
    ),
    "R114": Reference(
        "R114", "Nadler et al 2003, Arch Phys Med Rehabil 84:849", "http://pubmed.gov/12808537/"
    ),
    "R115": Reference(
        "R115",
        "(lay) Chill Lounges contraindications",
        "https://chillounges.com.au/contraindications",
    ),
    "R116": Reference(
        "R116",
        "Physiotherapy Notes, contraindications for cold therapy",
        "http://www.physiotherapynotes.com/2012/06/contraindications-for-cold-therapy.html",
    ),
    "R117": Reference(
        "R117",
        'Frostbite (Wikipedia mirror; risk factor "prior cold injury")',
        "https://wikiclassic.com/wiki/Frost-bite",
    ),
    "R118": Reference(
        "R118",
        "Physiopedia, Cryotherapy Guidelines (Hoens & Paul)",
        "https://www.physio-pedia.com/index.php?title=Cryotherapy_Guidelines",
    ),
    "R119": Reference(
        "R119", "Performance Therapeutics modalities", "https://performancetherapeutics.com/?p=281"
    ),
    "R120": Reference(
        "R120",
        "Hospital physiotherapy procedure, cold therapy",
        "https://akufisio.blogspot.com/2015/10/procedure-application-of-cold-therapy_23.html",
    ),
    "R121": Reference(
        "R121", "Cold pressor test", "https://en.wikipedia.org/wiki/Cold_pressor_test"
    ),
    "R122": Reference(
        "R122",
        "WBC at −110 °C in arterial hypertension, Arch Immunol Ther Exp 2015",
        "https://link.springer.com/article/10.1007/s00005-015-0363-9",
    ),
    "R123": Reference(
        "R123",
        "Migraine ice cap IFU",
        "https://cdn.shopify.com/s/files/1/0593/8937/8735/files/IFU-Migraine-Ice-Cap-B07DG2Z1NH.pdf",
    ),
    "R124": Reference(
        "R124",
        "Diabetes Self-Management, tips for using heat and ice",
        "http://www.diabetesselfmanagement.com/articles/diabetic-complications/controlling-neuropathic-pain-tips-from-an-occupational-therapist-tips-for-using-heat-and-ice/",
    ),
    "R125": Reference(
        "R125",
        "Ice burns and peripheral neuropathy (citing Essentials of PM&R)",
        "https://222health.com/conditions-treatments/wounds-injuries/120602.html",
    ),
    "R126": Reference(
        "R126",
        "Cryotherapy notes (RA if pain/stiffness increases)",
        "http://wannatowel.netkennel.com/Content.asp?id=663",
    ),
    "R127": Reference(
        "R127",
        "(lay) https://www.cbw.com/articles_6w5uda.html",
        "https://www.cbw.com/articles_6w5uda.html",
    ),
    "R128": Reference(
        "R128",
        "(lay, IT) https://itsalute.com/Condizioni-Trattamenti/ipotermia/2012178947.html",
        "https://itsalute.com/Condizioni-Trattamenti/ipotermia/2012178947.html",
    ),
    "R129": Reference(
        "R129", "(lay) https://chillnervy.com/pages/faqs", "https://chillnervy.com/pages/faqs"
    ),
    "R130": Reference("R130", "Healthline, ice burn", "https://www.healthline.com/health/ice-burn"),
    "R131": Reference(
        "R131",
        "Mayo Clinic, stages of frostbite",
        "https://www.mayoclinic.org/diseases-conditions/frostbite/multimedia/img-20114490",
    ),
    "R132": Reference(
        "R132",
        "NHS frostbite symptoms (pharmacy mirror)",
        "https://1stchoicepharmacy.co.uk/nhs_conditions_frostbite_symptoms",
    ),
    "R133": Reference(
        "R133",
        "(lay) https://calendar-australia.com/faq/why-should-you-wrap-ice-in-a-towel",
        "https://calendar-australia.com/faq/why-should-you-wrap-ice-in-a-towel",
    ),
    "R134": Reference("R134", "Hamilton therapy clinic, CBAN", "https://httrmt.ca/cold-therapy"),
    "R135": Reference(
        "R135",
        "(lay) https://biologyinsights.com/is-it-bad-to-leave-an-ice-pack-on-too-long",
        "https://biologyinsights.com/is-it-bad-to-leave-an-ice-pack-on-too-long",
    ),
    "R136": Reference(
        "R136",
        "Cataldi, Pritchard, Hart, Saliba 2013, IJATT 18(5):26",
        "https://journals.humankinetics.com/abstract/journals/ijatt/18/5/article-p26.xml",
    ),
    "R137": Reference(
        "R137",
        "Love et al 2013, IJATT 18(5):22",
        "https://journals.humankinetics.com/abstract/journals/ijatt/18/5/article-p22.xml",
    ),
    "R138": Reference(
        "R138",
        "(lay) Sydney Physio Solutions",
        "https://sydneyphysiosolutions.com.au/when-to-use-heat-and-when-to-use-ice-for-back-pain",
    ),
    "R139": Reference(
        "R139",
        "Fachin et al 2024, J Geriatr Phys Ther, doi 10.1519/JPT.0000000000000412",
        "https://ouci.dntb.gov.ua/en/works/96Z00Wx9",
    ),
    "R140": Reference(
        "R140",
        "gelpacks.co.uk, ice packs on children",
        "https://gelpacks.co.uk/blogs/news/three-frequently-asked-questions-on-using-ice-packs-on-children",
    ),
    "R141": Reference(
        "R141",
        "(lay) https://www.spavelous.com/EB/N080808/ColdSpaTreatments11.html",
        "https://www.spavelous.com/EB/N080808/ColdSpaTreatments11.html",
    ),
    "R142": Reference(
        "R142",
        "(lay) https://wis.it.com/why-older-adults-at-risk-complications-heat-cold-application",
        "https://wis.it.com/why-older-adults-at-risk-complications-heat-cold-application",
    ),
    "R143": Reference(
        "R143",
        "Aleve, hot & cold treatment (citing Arthritis Foundation guide 2001)",
        "http://aleve.com/Treatment_Options/hot_cold_treatment.php",
    ),
    "R144": Reference(
        "R144",
        "Kennet et al 2007, J Athl Train 42:343",
        "http://pubmedcentralcanada.ca/pmcc/articles/PMC1978470/",
    ),
    "R145": Reference(
        "R145",
        "Janwantanakul 2009, Physiotherapy 95:120",
        "http://rc.rcjournal.com/lookup/external-ref?access_num=19627693&link_type=MED",
    ),
    "R146": Reference(
        "R146", "Belitsky et al 1987, Phys Ther 67:1080", "https://pubmed.ncbi.nlm.nih.gov/3602101/"
    ),
    "R147": Reference(
        "R147",
        "Breslin, Lam, Murrell 2015, BMJ Open SEM 1:e000037",
        "https://medluna.com/article/27900131",
    ),
    "R148": Reference(
        "R148",
        "Merrick, Jutte, Smith 2003, J Athl Train 38:28",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC155508",
    ),
    "R149": Reference(
        "R149",
        "Dykstra et al 2009, J Athl Train 44:136",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC2657028/",
    ),
    "R150": Reference(
        "R150",
        "Herrera et al, Phys Ther (ice pack vs ice massage vs CWI, nerve conduction)",
        "https://scribd.com/document/665167884/Motor-and-Sensory-Nerve-Conduction",
    ),
    "R151": Reference(
        "R151",
        "Mars, Hadebe, Tufts, SAJSM, icepack cooling at rest and after exercise",
        "https://scribd.com/document/263419413/Magnetic-Refrigeration",
    ),
}

SOURCE_EXPLANATIONS: dict[str, str] = {
    COLDCARE_DEFAULT: QT_TRANSLATE_NOOP(
        "Sources",
        "ColdCare default: the evidence gives no exact figure here, so ColdCare chose a careful "
        "value. It is a safety convention, not a medical finding.",
    ),
    PERSONAL_LIMIT: QT_TRANSLATE_NOOP(
        "Sources",
        "Personal limit: set on this profile by a caregiver or clinician. It can only make "
        "sessions shorter or rests longer.",
    ),
}


def expand_sources(*specs: str) -> tuple[str, ...]:
    """Write ranges out: ``expand_sources("R16-R18", "R26")`` gives R16, R17, R18, R26."""
    expanded: list[str] = []
    for spec in specs:
        first, _, last = spec.partition("-")
        if last and first.startswith("R") and last.startswith("R"):
            expanded.extend(f"R{n}" for n in range(int(first[1:]), int(last[1:]) + 1))
        else:
            expanded.append(spec)
    return tuple(expanded)

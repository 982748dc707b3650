from courses.demo_content.blocks import case, checklist, download, figure, h, key, p, term
from courses.demo_content.media import CHAIN_OF_CUSTODY_DIAGRAM, SEIZURE_CHECKLIST

CONTENT = {
    "title": "Digital evidence for trafficking investigations",
    "summary": (
        "How to seize, document, preserve and request the digital evidence that proves trafficking for forced "
        "criminality in scam compounds, from the first minutes of a raid to requests for data held abroad."
    ),
    "outcomes": [
        "Secure phones, computers and other devices at a scam compound without losing or changing their data",
        "Keep a chain of custody that will stand up in court",
        "Explain forensic copies and hash values, and check that a copy is identical to the original",
        "Preserve and request data held by online service providers, at home and abroad",
        "Recognise the signs that a suspect may be a victim of trafficking",
    ],
    "lessons": [
        {
            "title": "First response: securing devices at the scene",
            "summary": "What to do, and what not to do, with phones and computers in the first minutes of a raid or rescue.",
            "body": [
                p(
                    "<p>In a scam compound, the evidence of the crime (scripts, fake profiles, chats with victims of fraud, "
                    "payment records and orders from the bosses) is mostly on phones and computers. It is also fragile: it can "
                    "be wiped remotely, locked by a timer, or changed by a well-meaning officer who looks through a phone.</p>"
                ),
                h("Before you touch a device"),
                p(
                    "<ol><li>Photograph the scene and each device where it was found, with its screen.</li>"
                    "<li>Note who was using the device, its make, model and colour, and whether it is on, off, locked or charging.</li>"
                    "<li>Wear gloves if the device may also carry fingerprints or DNA.</li></ol>"
                ),
                key(
                    "Do not browse",
                    "<p>Never scroll through messages, open apps or try passcodes on a seized device. Every tap changes data and "
                    "can be challenged in court. Leave the examination to a trained digital forensic examiner with proper tools.</p>",
                ),
                h("Phones and tablets"),
                p(
                    "<ul><li>If the phone is <b>on</b>, keep it on and charged (a power bank helps) and cut it off from networks: "
                    "airplane mode if you can set it without browsing, or a Faraday bag. This prevents remote wiping.</li>"
                    "<li>If it is <b>off</b>, leave it off.</li>"
                    "<li>If a person gives the passcode or pattern voluntarily and lawfully, write it down exactly, with who gave it and when.</li>"
                    "<li>Seize SIM cards, memory cards, chargers and cables, and any notebooks with passwords or scripts.</li></ul>"
                ),
                h("Computers and network equipment"),
                p(
                    "<p>A running computer may hold evidence only in its memory: open chats, encryption keys, crypto wallets. "
                    "If a specialist is available, let them capture the memory first. Otherwise photograph the screen, then pull "
                    "the power cable from the back of a desktop computer rather than using the shutdown menu. Seize routers and "
                    "Wi-Fi equipment too: their logs can link devices to the compound.</p>"
                ),
                download(
                    SEIZURE_CHECKLIST,
                    "Digital evidence seizure checklist",
                    "A one-page checklist of this lesson's first-response steps, to print and take on a raid or rescue, with spaces for the exhibit number and your signature.",
                ),
                case(
                    "Two hundred phones in one building",
                    "<p>Officers enter a compound where about 200 workers sit at desks with two or three phones each. "
                    "Some workers shout that they were tricked into coming and want to go home.</p>",
                    "<ul><li>How do you keep each worker's phones separate and attributable?</li>"
                    "<li>Whose phones may hold evidence that the workers themselves are victims?</li></ul>",
                    "<p>Bag and label devices per person and per desk, with a photograph of each seat. Treat the workers as "
                    "potential victims: their personal phones may hold the job advertisement, the recruiter's messages and the "
                    "compound's threats, which are evidence of trafficking. Explain what you are doing in a language they "
                    "understand.</p>",
                ),
                term(
                    "Faraday bag",
                    "A shielded pouch that blocks mobile, Wi-Fi and Bluetooth signals, so that a seized device cannot be wiped or changed remotely.",
                ),
            ],
        },
        {
            "title": "Chain of custody",
            "summary": "Recording every hand an exhibit passes through, so that the court can trust it.",
            "body": [
                p(
                    "<p>The chain of custody is the written record of who collected an exhibit, when and where, and of everyone "
                    "who has held it since. If a link is missing, the defence can argue that the evidence was changed, swapped or "
                    "planted, and the court may refuse it.</p>"
                ),
                figure(
                    CHAIN_OF_CUSTODY_DIAGRAM,
                    "Chain of custody in five steps: 1 Scene (seize and photograph), 2 Label and seal (exhibit number on the seal), 3 Exhibit store (every entry and exit logged), 4 Forensic lab (copy and hash), 5 Court. Every handover is signed.",
                    "From the scene to the court, every handover of an exhibit is recorded and signed.",
                ),
                checklist(
                    "What every exhibit record contains",
                    "Record these details at the moment of seizure, not later from memory.",
                    [
                        "A unique exhibit number, also written on the bag or label",
                        "Date, time and exact place of seizure",
                        "Description: type, make, model, colour, and serial number or IMEI if visible",
                        "State of the device: on or off, locked, damage, battery level",
                        "Name, rank and unit of the officer who seized it, with signature",
                        "The person it was taken from, if known",
                        "Every later transfer: from whom, to whom, when and why, with signatures",
                    ],
                ),
                key(
                    "Seal it",
                    "<p>Put each device in its own tamper-evident bag and seal it. Write the exhibit number on the seal. If a seal "
                    "has to be broken, for example by the forensic examiner, record who broke it, when and why, and reseal it with "
                    "a new numbered seal.</p>",
                ),
                h("Storage and transport"),
                p(
                    "<p>Keep exhibits in a locked store with a log of every entry and exit. Protect devices from heat, damp and "
                    "magnets, and keep phones that are switched on connected to power inside their shielded bags. When exhibits "
                    "travel to a laboratory or to another country, the chain continues: the courier and the receiving officer "
                    "sign for them too.</p>"
                ),
                term("Exhibit", "An item seized as possible evidence and given a unique number that follows it to court."),
            ],
        },
        {
            "title": "Forensic copies and hash values",
            "summary": "Why examiners work on copies, and how a hash value proves that a copy is identical to the original.",
            "body": [
                p(
                    "<p>Examiners avoid analysing the original device. They make a forensic copy (an image) of its storage and "
                    "work on the copy, so the original stays as it was seized. For computers and storage media, a write blocker "
                    "stops the copying tool from changing the original. For phones, specialised tools extract the data in "
                    "different ways, from a logical extraction of visible content to a full file-system extraction.</p>"
                ),
                term(
                    "Hash value",
                    "A short code calculated from data, for example with SHA-256. If even one bit of the data changes, the hash value changes completely.",
                ),
                h("How hashing protects evidence"),
                p(
                    "<ol><li>The examiner calculates the hash value of the original, or of the data as extracted.</li>"
                    "<li>The copy is made and its hash value is calculated.</li>"
                    "<li>If both values match, the copy is identical. The values go into the report, so anyone can check them later.</li></ol>"
                ),
                key(
                    "Use a strong algorithm",
                    "<p>Use SHA-256 where your tools allow it. MD5 and SHA-1 still appear in older reports, but weaknesses have "
                    "been found in both. Write the algorithm used next to every hash value.</p>",
                ),
                case(
                    "A copy challenged in court",
                    "<p>A defence lawyer claims that chat messages used as evidence were added to the suspect's phone after it was seized.</p>",
                    "<p>Which records let the prosecution answer this claim?</p>",
                    "<p>The exhibit record and the seals show that the phone was not opened before the examination. The examiner's "
                    "report gives the extraction tool and its version, the hash value of the extraction, and where the messages "
                    "were found. A second examiner can calculate the hash of the same extraction and obtain the same value.</p>",
                ),
                term(
                    "Write blocker",
                    "A device or program that lets data be read from a storage medium while preventing any change to it.",
                ),
            ],
        },
        {
            "title": "Data held online, and signs of forced criminality",
            "summary": "Preserving and requesting data from service providers and other countries, and recognising victims among suspects.",
            "body": [
                p(
                    "<p>Much of the evidence is not on the device at all. It is held by messaging apps, social media, e-mail and "
                    "cloud services, exchanges and payment providers, often in another country. Providers keep data only for a "
                    "limited time, so act early.</p>"
                ),
                h("Preserve first, then request"),
                p(
                    "<ul><li><b>Preservation request:</b> ask the provider to keep the data of named accounts while you obtain the "
                    "legal order. Many large providers accept these from law enforcement through online portals.</li>"
                    "<li><b>Emergency disclosure:</b> when a life is at risk, for example a victim still held in a compound, most "
                    "providers have an emergency procedure.</li>"
                    "<li><b>Formal request:</b> for content, use the legal process your law requires. For data held abroad this "
                    "often means mutual legal assistance (MLA); the ASEAN Treaty on Mutual Legal Assistance in Criminal Matters "
                    "links all ASEAN member states.</li>"
                    "<li><b>Police-to-police channels:</b> INTERPOL National Central Bureaus and your ERN contacts help you find "
                    "the right counterpart quickly and share intelligence while the formal request is prepared.</li></ul>"
                ),
                key(
                    "Identify the account precisely",
                    "<p>A request is only as good as its identifiers: phone numbers with country code, user names, profile links, "
                    "e-mail addresses, wallet addresses, and the period you need, with its time zone.</p>",
                ),
                checklist(
                    "Signs that a suspect may be a victim of trafficking",
                    "Look for these in devices, chats and interviews. Any one of them is a reason to ask more; several together "
                    "call for victim identification procedures.",
                    [
                        "Recruited through an online job advertisement promising high pay for simple work abroad",
                        "Travel, visa and tickets arranged and paid for by the recruiter",
                        "Passport or identity documents taken away on arrival",
                        "Not free to leave: guards, walls, locked doors",
                        "A debt for travel, food or “training” that keeps growing with fines",
                        "Forced to meet daily targets of scam messages or deposits, and punished when missing them",
                        "Threats, beatings or being sold on to another compound",
                        "Messages to family or friends asking for help or for ransom money",
                    ],
                    "Based on UNODC, Key indicators of trafficking in persons for forced criminality to commit cyber-enabled crimes (2023)",
                ),
                p(
                    "<p>Victims of trafficking should not be punished for crimes they were compelled to commit: this is the "
                    "non-punishment principle. Identifying them early protects them, and they are often the best witnesses "
                    "against the organisers.</p>"
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Digital evidence: final quiz",
        "intro": "Six questions on the four lessons. You need 80% to pass, and you have three attempts.",
        "questions": [
            {
                "text": "During a raid you find a phone switched on and unlocked on a desk. What do you do first?",
                "explanation": "Record the scene, keep the phone powered, isolate it from networks, and leave the examination to a forensic examiner.",
                "choices": [
                    (
                        "Photograph it where it is, then keep it powered and cut it off from networks",
                        "Correct: this preserves the data and prevents remote wiping.",
                    ),
                    (
                        "Scroll through its chats to find the bosses' names",
                        "No: browsing changes data and can make the evidence inadmissible.",
                    ),
                    (
                        "Switch it off to save the battery",
                        "No: switching it off may lock the phone behind encryption and lose data held in memory.",
                    ),
                ],
            },
            {
                "text": "If a worker gives you their phone's passcode voluntarily, you record it exactly, with who gave it and when.",
                "explanation": "A passcode given lawfully can save the examiner weeks of work, and it must be documented.",
                "choices": [
                    ("True", "Right: write it down exactly, with the circumstances, as your law requires."),
                    ("False", "Not so: a passcode given lawfully should be recorded with who gave it and when."),
                ],
            },
            {
                "text": "Which details belong in the exhibit record of a seized phone? Choose all that apply.",
                "explanation": "The record describes the exhibit and every hand it passes through, not opinions about the case.",
                "choices": [
                    ("Date, time and place of seizure", "Yes: this starts the chain of custody."),
                    ("The IMEI or serial number, if visible", "Yes: it identifies the exact device."),
                    ("Every later transfer of the phone, with signatures", "Yes: each transfer is a link in the chain."),
                    (
                        "The officer's opinion of the suspect's guilt",
                        "No: the record describes the exhibit and its handling, not opinions.",
                    ),
                ],
            },
            {
                "text": "What does it mean when the hash value of a forensic copy matches the hash value of the original?",
                "explanation": "Matching hash values show that the copy is identical to the original, bit for bit.",
                "choices": [
                    ("The copy is identical to the original", "Correct."),
                    ("The copy has been encrypted", "No: hashing does not encrypt anything."),
                    ("The device holds no deleted files", "No: a hash says nothing about what the data contains."),
                ],
            },
            {
                "text": "A victim may still be held in a compound, and their messages are on a foreign social media platform. What is the quickest lawful step?",
                "explanation": "A life at risk justifies the provider's emergency procedure first; the formal request follows for evidence.",
                "choices": [
                    (
                        "Use the provider's emergency disclosure procedure and contact the country through the INTERPOL NCB or the ERN",
                        "Correct: act at once through the emergency channels.",
                    ),
                    (
                        "Wait for the answer to a mutual legal assistance request",
                        "A formal request is still needed for evidence, but it is too slow when a life is at risk.",
                    ),
                    ("Ask the suspect to log in and show you the messages", "No: this is unreliable and may be unlawful."),
                ],
            },
            {
                "text": "Which of these suggests that a “scammer” arrested in a compound may be a victim of trafficking?",
                "explanation": "Confiscated documents and fines for missed targets are key indicators of forced criminality.",
                "choices": [
                    (
                        "Their passport was taken on arrival and they are fined when they miss targets",
                        "Correct: these are indicators of trafficking.",
                    ),
                    (
                        "They speak several languages",
                        "Language skills are why recruiters target graduates; on their own they indicate nothing.",
                    ),
                    ("They used several chat apps", "Everyone in a compound does; on its own this is not an indicator."),
                ],
            },
        ],
    },
    "seizure_checklist": {
        "title": "Digital evidence seizure checklist",
        "intro": "Take this sheet on the raid or rescue. Tick each step as you do it, and keep the sheet with the exhibit record.",
        "fields": ["Exhibit number", "Seizing officer (name, rank, unit)", "Date, time and place of seizure"],
        "steps": [
            "Photograph the scene and each device where it was found, with its screen.",
            "Note who was using the device, its make, model and colour, and whether it is on, off, locked or charging.",
            "Do not browse: no scrolling through messages, no opening apps, no trying passcodes.",
            "Phone on: keep it on and charged, and cut it off from networks (Faraday bag, or airplane mode without browsing).",
            "Phone off: leave it off.",
            "Passcode given voluntarily and lawfully: write it down exactly, with who gave it and when.",
            "Seize SIM cards, memory cards, chargers, cables and notebooks with passwords or scripts.",
            "Running computer: let a specialist capture the memory; otherwise photograph the screen and pull the power cable.",
            "Put each device in its own tamper-evident bag, seal it and write the exhibit number on the seal.",
            "Start the chain-of-custody record, and have every handover signed.",
        ],
        "signature": "Signature",
    },
}

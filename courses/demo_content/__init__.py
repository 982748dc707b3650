"""Demo course content, one package per course and one module per language."""

from . import digital_evidence, following_the_money  # noqa: F401

TOPICS = [
    (
        "digital-evidence",
        {
            "en": "Digital evidence",
            "km": "ភស្តុតាងឌីជីថល",
            "id": "Bukti digital",
            "lo": "ຫຼັກຖານດິຈິຕອນ",
            "ms": "Bukti digital",
            "fil": "Digital na ebidensya",
            "th": "พยานหลักฐานดิจิทัล",
            "vi": "Chứng cứ điện tử",
        },
        {"en": "Seizing, preserving, examining and requesting data from phones, computers and online services."},
    ),
    (
        "financial-investigations",
        {
            "en": "Financial investigations",
            "km": "ការស៊ើបអង្កេតហិរញ្ញវត្ថុ",
            "id": "Investigasi keuangan",
            "lo": "ການສືບສວນດ້ານການເງິນ",
            "ms": "Siasatan kewangan",
            "fil": "Imbestigasyong pinansyal",
            "th": "การสืบสวนทางการเงิน",
            "vi": "Điều tra tài chính",
        },
        {
            "en": "Following and freezing the proceeds of crime: bank accounts, money mules, underground banking and crypto-assets."
        },
    ),
    (
        "trafficking-for-forced-criminality",
        {
            "en": "Trafficking for forced criminality",
            "km": "ការជួញដូរមនុស្សដើម្បីបង្ខំឱ្យប្រព្រឹត្តបទល្មើស",
            "id": "Perdagangan orang untuk kejahatan paksa",
            "lo": "ການຄ້າມະນຸດເພື່ອບັງຄັບໃຫ້ກະທຳຜິດ",
            "ms": "Pemerdagangan orang untuk jenayah paksa",
            "fil": "Trafficking para sa sapilitang krimen",
            "th": "การค้ามนุษย์เพื่อบังคับให้กระทำความผิด",
            "vi": "Mua bán người để cưỡng bức phạm tội",
        },
        {"en": "Recognising, protecting and interviewing people forced to commit crimes, above all in scam compounds."},
    ),
    (
        "cybercrime",
        {
            "en": "Cybercrime",
            "km": "ឧក្រិដ្ឋកម្មតាមប្រព័ន្ធបច្ចេកវិទ្យា",
            "id": "Kejahatan siber",
            "lo": "ອາຊະຍາກຳທາງໄຊເບີ",
            "ms": "Jenayah siber",
            "fil": "Cybercrime",
            "th": "อาชญากรรมไซเบอร์",
            "vi": "Tội phạm mạng",
        },
        {"en": "Online fraud, romance and investment scams, and the infrastructure behind them."},
    ),
]

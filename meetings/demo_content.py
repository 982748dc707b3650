"""Texts of the demo meetings in the eight languages of the network."""

INDEX = {
    "title": {
        "en": "Meetings and training",
        "km": "កិច្ចប្រជុំ និងវគ្គបណ្តុះបណ្តាល",
        "id": "Pertemuan dan pelatihan",
        "lo": "ກອງປະຊຸມ ແລະ ການຝຶກອົບຮົມ",
        "ms": "Mesyuarat dan latihan",
        "fil": "Mga pulong at pagsasanay",
        "th": "การประชุมและการฝึกอบรม",
        "vi": "Cuộc họp và đào tạo",
    },
    "intro": {
        "en": "<p>Coordination meetings of the Emergency Response Network and capacity-building sessions with experts.</p>",
        "km": "<p>កិច្ចប្រជុំសម្របសម្រួលរបស់បណ្តាញឆ្លើយតបបន្ទាន់ និងវគ្គកសាងសមត្ថភាពជាមួយអ្នកជំនាញ។</p>",
        "id": "<p>Pertemuan koordinasi Jaringan Tanggap Darurat dan sesi peningkatan kapasitas bersama para ahli.</p>",
        "lo": "<p>ກອງປະຊຸມປະສານງານຂອງເຄືອຂ່າຍຕອບໂຕ້ສຸກເສີນ ແລະ ການຝຶກອົບຮົມເສີມສ້າງຄວາມສາມາດກັບຊ່ຽວຊານ.</p>",
        "ms": "<p>Mesyuarat penyelarasan Rangkaian Tindak Balas Kecemasan dan sesi pembinaan kapasiti bersama pakar.</p>",
        "fil": "<p>Mga pulong pang-koordinasyon ng Emergency Response Network at mga sesyon sa pagpapaunlad ng kakayahan kasama ang mga eksperto.</p>",
        "th": "<p>การประชุมประสานงานของเครือข่ายตอบสนองเหตุฉุกเฉิน และการฝึกอบรมเสริมสร้างศักยภาพร่วมกับผู้เชี่ยวชาญ</p>",
        "vi": "<p>Các cuộc họp điều phối của Mạng lưới Ứng phó Khẩn cấp và các khóa nâng cao năng lực cùng chuyên gia.</p>",
    },
}

BANGKOK_MEETING = {
    "title": {
        "en": "ERN coordination meeting — Bangkok",
        "km": "កិច្ចប្រជុំសម្របសម្រួល ERN — បាងកក",
        "id": "Rapat koordinasi ERN — Bangkok",
        "lo": "ກອງປະຊຸມປະສານງານ ERN — ບາງກອກ",
        "ms": "Mesyuarat penyelarasan ERN — Bangkok",
        "fil": "Pulong pang-koordinasyon ng ERN — Bangkok",
        "th": "การประชุมประสานงาน ERN — กรุงเทพฯ",
        "vi": "Cuộc họp điều phối ERN — Bangkok",
    },
    "summary": {
        "en": (
            "Two days for the network's police officers and INTERPOL National Central Bureaus to review joint cases of "
            "trafficking for forced criminality in scam compounds, agree on information-exchange channels and plan the next "
            "operations. In person in Bangkok, with online participation."
        ),
        "km": (
            "រយៈពេលពីរថ្ងៃ សម្រាប់មន្ត្រីនគរបាលនៃបណ្តាញ និងការិយាល័យកណ្តាលជាតិ INTERPOL ដើម្បីពិនិត្យករណីរួមគ្នាអំពីការជួញដូរមនុស្ស"
            "ដើម្បីបង្ខំឱ្យប្រព្រឹត្តបទល្មើសនៅក្នុងមជ្ឈមណ្ឌលបោកប្រាស់ ព្រមព្រៀងលើបណ្តាញផ្លាស់ប្តូរព័ត៌មាន និងរៀបចំផែនការប្រតិបត្តិការបន្ទាប់។ "
            "ប្រជុំផ្ទាល់នៅបាងកក និងអាចចូលរួមតាមអនឡាញ។"
        ),
        "id": (
            "Dua hari bagi petugas kepolisian anggota jaringan dan Biro Pusat Nasional INTERPOL untuk meninjau kasus bersama "
            "perdagangan orang untuk kejahatan paksa di kompleks penipuan, menyepakati saluran pertukaran informasi, dan "
            "merencanakan operasi berikutnya. Tatap muka di Bangkok, dengan partisipasi daring."
        ),
        "lo": (
            "ສອງວັນ ສຳລັບເຈົ້າໜ້າທີ່ຕຳຫຼວດຂອງເຄືອຂ່າຍ ແລະ ສຳນັກງານກາງແຫ່ງຊາດ INTERPOL ເພື່ອທົບທວນຄະດີຮ່ວມກ່ຽວກັບການຄ້າມະນຸດ"
            "ເພື່ອບັງຄັບໃຫ້ກໍ່ອາຊະຍາກຳໃນສູນຕົ້ມຕຸ໋ນ, ຕົກລົງກ່ຽວກັບຊ່ອງທາງແລກປ່ຽນຂໍ້ມູນຂ່າວສານ ແລະ ວາງແຜນການປະຕິບັດງານຕໍ່ໄປ. "
            "ປະຊຸມແບບພົບປະຢູ່ບາງກອກ ແລະ ສາມາດເຂົ້າຮ່ວມທາງອອນລາຍໄດ້."
        ),
        "ms": (
            "Dua hari untuk pegawai polis rangkaian dan Biro Pusat Kebangsaan INTERPOL meneliti kes bersama pemerdagangan "
            "orang untuk jenayah paksaan di kompleks penipuan, bersetuju tentang saluran pertukaran maklumat dan merancang "
            "operasi seterusnya. Secara bersemuka di Bangkok, dengan penyertaan dalam talian."
        ),
        "fil": (
            "Dalawang araw para sa mga pulis ng network at mga National Central Bureau ng INTERPOL upang suriin ang "
            "magkasanib na mga kaso ng trafficking para sa sapilitang kriminalidad sa mga scam compound, magkasundo sa mga "
            "daluyan ng palitan ng impormasyon, at planuhin ang mga susunod na operasyon. Harapan sa Bangkok, na may online "
            "na paglahok."
        ),
        "th": (
            "การประชุมสองวันสำหรับเจ้าหน้าที่ตำรวจในเครือข่ายและสำนักงานกลางแห่งชาติ INTERPOL เพื่อทบทวนคดีร่วมด้านการค้ามนุษย์"
            "เพื่อบังคับให้กระทำความผิดในแหล่งหลอกลวง ตกลงช่องทางการแลกเปลี่ยนข้อมูล และวางแผนปฏิบัติการครั้งต่อไป "
            "ประชุม ณ กรุงเทพฯ และเข้าร่วมทางออนไลน์ได้"
        ),
        "vi": (
            "Hai ngày dành cho cán bộ cảnh sát của mạng lưới và các Văn phòng Trung ương Quốc gia INTERPOL để rà soát các vụ "
            "việc chung về mua bán người nhằm cưỡng bức phạm tội tại các cơ sở lừa đảo, thống nhất các kênh trao đổi thông tin "
            "và lập kế hoạch cho các chiến dịch tiếp theo. Họp trực tiếp tại Bangkok, có thể tham gia trực tuyến."
        ),
    },
    "location_city": {
        "en": "Bangkok, Thailand",
        "km": "បាងកក ប្រទេសថៃ",
        "id": "Bangkok, Thailand",
        "lo": "ບາງກອກ, ປະເທດໄທ",
        "ms": "Bangkok, Thailand",
        "fil": "Bangkok, Thailand",
        "th": "กรุงเทพฯ ประเทศไทย",
        "vi": "Bangkok, Thái Lan",
    },
}

DIGITAL_EVIDENCE_SESSION = {
    "title": {
        "en": "Capacity-building session: digital evidence",
        "km": "វគ្គកសាងសមត្ថភាព៖ ភស្តុតាងឌីជីថល",
        "id": "Sesi peningkatan kapasitas: bukti digital",
        "lo": "ການຝຶກອົບຮົມເສີມສ້າງຄວາມສາມາດ: ຫຼັກຖານດິຈິຕອນ",
        "ms": "Sesi pembinaan kapasiti: bukti digital",
        "fil": "Sesyon sa pagpapaunlad ng kakayahan: digital na ebidensya",
        "th": "การฝึกอบรมเสริมสร้างศักยภาพ: พยานหลักฐานดิจิทัล",
        "vi": "Khóa nâng cao năng lực: chứng cứ điện tử",
    },
    "summary": {
        "en": (
            "An online session with forensic experts on seizing, preserving and sharing digital evidence from scam compounds "
            "— phones, messaging accounts and cryptocurrency wallets — so that it holds up in court in another country."
        ),
        "km": (
            "វគ្គអនឡាញជាមួយអ្នកជំនាញកោសល្យវិច្ច័យ អំពីការរឹបអូស ការថែរក្សា និងការចែករំលែកភស្តុតាងឌីជីថលពីមជ្ឈមណ្ឌលបោកប្រាស់ — "
            "ទូរស័ព្ទ គណនីផ្ញើសារ និងកាបូបរូបិយប័ណ្ណគ្រីបតូ — ដើម្បីឱ្យភស្តុតាងនោះអាចប្រើបាននៅតុលាការក្នុងប្រទេសមួយទៀត។"
        ),
        "id": (
            "Sesi daring bersama ahli forensik tentang penyitaan, pengamanan, dan pertukaran bukti digital dari kompleks "
            "penipuan — ponsel, akun perpesanan, dan dompet mata uang kripto — agar dapat diterima di pengadilan negara lain."
        ),
        "lo": (
            "ການຝຶກອົບຮົມທາງອອນລາຍກັບຊ່ຽວຊານດ້ານນິຕິວິທະຍາສາດ ກ່ຽວກັບການຍຶດ, ການຮັກສາ ແລະ ການແບ່ງປັນຫຼັກຖານດິຈິຕອນຈາກສູນຕົ້ມຕຸ໋ນ "
            "— ໂທລະສັບ, ບັນຊີສົ່ງຂໍ້ຄວາມ ແລະ ກະເປົາເງິນຄຣິບໂຕ — ເພື່ອໃຫ້ສາມາດນຳໃຊ້ໄດ້ໃນສານຂອງອີກປະເທດໜຶ່ງ."
        ),
        "ms": (
            "Sesi dalam talian bersama pakar forensik tentang rampasan, pemeliharaan dan perkongsian bukti digital dari "
            "kompleks penipuan — telefon, akaun pemesejan dan dompet mata wang kripto — supaya ia boleh diterima di mahkamah "
            "negara lain."
        ),
        "fil": (
            "Isang online na sesyon kasama ang mga forensic expert tungkol sa pagkumpiska, pag-iingat at pagbabahagi ng "
            "digital na ebidensya mula sa mga scam compound — mga telepono, messaging account at cryptocurrency wallet — "
            "upang magamit ito sa hukuman ng ibang bansa."
        ),
        "th": (
            "การฝึกอบรมออนไลน์กับผู้เชี่ยวชาญด้านนิติวิทยาศาสตร์ว่าด้วยการยึด การเก็บรักษา และการแบ่งปันพยานหลักฐานดิจิทัล"
            "จากแหล่งหลอกลวง ทั้งโทรศัพท์ บัญชีแอปส่งข้อความ และกระเป๋าเงินคริปโทเคอร์เรนซี เพื่อให้ใช้เป็นพยานหลักฐาน"
            "ในศาลของอีกประเทศหนึ่งได้"
        ),
        "vi": (
            "Buổi học trực tuyến với các chuyên gia giám định về thu giữ, bảo quản và chia sẻ chứng cứ điện tử từ các cơ sở "
            "lừa đảo — điện thoại, tài khoản nhắn tin và ví tiền mã hóa — để chứng cứ được chấp nhận tại tòa án của nước khác."
        ),
    },
    "location_city": {
        "en": "Online",
        "km": "តាមអនឡាញ",
        "id": "Daring",
        "lo": "ອອນລາຍ",
        "ms": "Dalam talian",
        "fil": "Online",
        "th": "ออนไลน์",
        "vi": "Trực tuyến",
    },
}

FINANCIAL_INVESTIGATIONS_SESSION = {
    "title": {
        "en": "Capacity-building session: financial investigations",
        "km": "វគ្គកសាងសមត្ថភាព៖ ការស៊ើបអង្កេតហិរញ្ញវត្ថុ",
        "id": "Sesi peningkatan kapasitas: investigasi keuangan",
        "lo": "ການຝຶກອົບຮົມເສີມສ້າງຄວາມສາມາດ: ການສືບສວນດ້ານການເງິນ",
        "ms": "Sesi pembinaan kapasiti: siasatan kewangan",
        "fil": "Sesyon sa pagpapaunlad ng kakayahan: imbestigasyong pampinansyal",
        "th": "การฝึกอบรมเสริมสร้างศักยภาพ: การสืบสวนทางการเงิน",
        "vi": "Khóa nâng cao năng lực: điều tra tài chính",
    },
    "summary": {
        "en": (
            "Two days with financial intelligence experts on following the money of scam compounds: casinos, underground "
            "banking, money mules and cryptocurrency laundering."
        ),
        "km": (
            "រយៈពេលពីរថ្ងៃជាមួយអ្នកជំនាញផ្នែកស៊ើបការណ៍ហិរញ្ញវត្ថុ អំពីការតាមដានលំហូរប្រាក់របស់មជ្ឈមណ្ឌលបោកប្រាស់៖ កាស៊ីណូ "
            "ធនាគារក្រោមដី អ្នកដឹកជញ្ជូនប្រាក់ និងការលាងប្រាក់តាមរូបិយប័ណ្ណគ្រីបតូ។"
        ),
        "id": (
            "Dua hari bersama ahli intelijen keuangan tentang penelusuran aliran uang kompleks penipuan: kasino, perbankan "
            "bawah tanah, kurir uang, dan pencucian uang melalui mata uang kripto."
        ),
        "lo": (
            "ສອງວັນກັບຊ່ຽວຊານດ້ານຂໍ້ມູນຂ່າວສານການເງິນ ກ່ຽວກັບການຕິດຕາມເສັ້ນທາງເງິນຂອງສູນຕົ້ມຕຸ໋ນ: ຄາສິໂນ, ທະນາຄານໃຕ້ດິນ, "
            "ຜູ້ຮັບໂອນເງິນແທນ ແລະ ການຟອກເງິນຜ່ານເງິນຄຣິບໂຕ."
        ),
        "ms": (
            "Dua hari bersama pakar perisikan kewangan tentang menjejak aliran wang kompleks penipuan: kasino, perbankan "
            "bawah tanah, keldai wang dan pengubahan wang haram melalui mata wang kripto."
        ),
        "fil": (
            "Dalawang araw kasama ang mga eksperto sa financial intelligence tungkol sa pagsubaybay sa pera ng mga scam "
            "compound: mga casino, underground banking, money mule at paglalaba ng pera gamit ang cryptocurrency."
        ),
        "th": (
            "สองวันกับผู้เชี่ยวชาญด้านข่าวกรองทางการเงิน ว่าด้วยการติดตามเส้นทางการเงินของแหล่งหลอกลวง ทั้งคาสิโน "
            "ระบบธนาคารใต้ดิน บัญชีม้า และการฟอกเงินผ่านคริปโทเคอร์เรนซี"
        ),
        "vi": (
            "Hai ngày cùng các chuyên gia tình báo tài chính về truy vết dòng tiền của các cơ sở lừa đảo: sòng bạc, ngân hàng "
            "ngầm, người chuyển tiền thuê và rửa tiền qua tiền mã hóa."
        ),
    },
    "location_city": {
        "en": "Kuala Lumpur, Malaysia",
        "km": "កូឡាឡាំពួ ប្រទេសម៉ាឡេស៊ី",
        "id": "Kuala Lumpur, Malaysia",
        "lo": "ກົວລາລຳເປີ, ປະເທດມາເລເຊຍ",
        "ms": "Kuala Lumpur, Malaysia",
        "fil": "Kuala Lumpur, Malaysia",
        "th": "กัวลาลัมเปอร์ ประเทศมาเลเซีย",
        "vi": "Kuala Lumpur, Malaysia",
    },
}

BANGKOK_AGENDA = [
    (
        "item",
        {
            "day_offset": 0,
            "start_time": "09:00",
            "end_time": "09:30",
            "topic": "Opening and welcome",
            "speakers": "UNODC Regional Office; Royal Thai Police",
            "details": "",
        },
    ),
    (
        "item",
        {
            "day_offset": 0,
            "start_time": "09:30",
            "end_time": "12:00",
            "topic": "Country updates: scam compounds and rescued victims",
            "speakers": "Delegations of the seven member countries",
            "details": "Ten minutes per delegation, then questions.",
        },
    ),
    ("session_break", {"day_offset": 0, "start_time": "12:00", "end_time": "13:00", "label": "Lunch"}),
    (
        "item",
        {
            "day_offset": 0,
            "start_time": "13:00",
            "end_time": "16:30",
            "topic": "Police-to-police information exchange: channels and contact points",
            "speakers": "INTERPOL National Central Bureaus",
            "details": "",
        },
    ),
    (
        "item",
        {
            "day_offset": 1,
            "start_time": "09:00",
            "end_time": "12:00",
            "topic": "Joint case review: recruitment through fake job offers",
            "speakers": "Case officers from Cambodia, Thailand and Viet Nam",
            "details": "",
        },
    ),
    (
        "item",
        {
            "day_offset": 1,
            "start_time": "13:00",
            "end_time": "16:00",
            "topic": "Planning the next joint operations; closing",
            "speakers": "Chair: UNODC",
            "details": "",
        },
    ),
]

"""Home page text of the demo site, in the eight languages of the network."""


def _home(title, heading, text, programme, cards):
    return {
        "title": title,
        "hero_heading": heading,
        "hero_text": f"<p>{text}</p>",
        "body": [
            {
                "type": "features",
                "value": {
                    "heading": programme,
                    "features": [{"heading": h, "text": t, "link_page": None, "link_label": ""} for h, t in cards],
                },
            }
        ],
    }


HOME_CONTENT = {
    "en": _home(
        "ERN Learning",
        "Learning together against trafficking for forced criminality",
        "The Emergency Response Network links nominated police officers of Cambodia, Indonesia, Lao PDR, Malaysia, "
        "the Philippines, Thailand and Viet Nam, and INTERPOL National Central Bureaus, to stop the scam compounds "
        "and rescue their victims. Here members take short courses in their own language and join the network's meetings.",
        "The programme",
        [
            (
                "E-learning modules",
                "Short courses on digital evidence, financial investigations and the indicators of trafficking for forced criminality, in eight languages, made for phones and slow connections.",
            ),
            (
                "Coordination meetings",
                "Register for ERN coordination meetings and capacity-building sessions, receive calendar invitations and meeting documents.",
            ),
            (
                "Verifiable certificates",
                "Each completed course earns a certificate with a QR code that any agency can check online.",
            ),
        ],
    ),
    "km": _home(
        "ERN Learning",
        "រៀនរួមគ្នាដើម្បីប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្សដើម្បីបង្ខំឱ្យប្រព្រឹត្តបទល្មើស",
        "បណ្តាញឆ្លើយតបបន្ទាន់ភ្ជាប់មន្ត្រីនគរបាលដែលត្រូវបានតែងតាំងពីកម្ពុជា ឥណ្ឌូនេស៊ី ឡាវ ម៉ាឡេស៊ី ហ្វីលីពីន ថៃ និងវៀតណាម "
        "ព្រមទាំងការិយាល័យកណ្តាលជាតិ INTERPOL ដើម្បីបញ្ឈប់មជ្ឈមណ្ឌលបោកប្រាស់ និងជួយសង្គ្រោះជនរងគ្រោះ។ "
        "នៅទីនេះ សមាជិកអាចរៀនវគ្គខ្លីៗជាភាសារបស់ខ្លួន និងចូលរួមកិច្ចប្រជុំរបស់បណ្តាញ។",
        "កម្មវិធី",
        [
            (
                "មេរៀនតាមអនឡាញ",
                "វគ្គខ្លីៗស្តីពីភស្តុតាងឌីជីថល ការស៊ើបអង្កេតហិរញ្ញវត្ថុ និងសូចនាករនៃការជួញដូរមនុស្សដើម្បីបង្ខំឱ្យប្រព្រឹត្តបទល្មើស ជាប្រាំបីភាសា សម្រាប់ទូរស័ព្ទ និងអ៊ីនធឺណិតយឺត។",
            ),
            ("កិច្ចប្រជុំសម្របសម្រួល", "ចុះឈ្មោះចូលរួមកិច្ចប្រជុំសម្របសម្រួល ERN និងវគ្គកសាងសមត្ថភាព ទទួលការអញ្ជើញតាមប្រតិទិន និងឯកសារកិច្ចប្រជុំ។"),
            ("វិញ្ញាបនបត្រដែលអាចផ្ទៀងផ្ទាត់បាន", "វគ្គសិក្សានីមួយៗដែលបានបញ្ចប់ផ្តល់វិញ្ញាបនបត្រដែលមានកូដ QR ដែលស្ថាប័នណាមួយអាចពិនិត្យតាមអនឡាញ។"),
        ],
    ),
    "id": _home(
        "ERN Learning",
        "Belajar bersama melawan perdagangan orang untuk kejahatan paksa",
        "Jaringan Tanggap Darurat (ERN) menghubungkan petugas kepolisian yang ditunjuk dari Kamboja, Indonesia, Laos, Malaysia, "
        "Filipina, Thailand dan Vietnam, serta NCB INTERPOL, untuk menghentikan kompleks penipuan dan menyelamatkan korbannya. "
        "Di sini anggota mengikuti kursus singkat dalam bahasanya sendiri dan mengikuti rapat jaringan.",
        "Program",
        [
            (
                "Modul e-learning",
                "Kursus singkat tentang bukti digital, investigasi keuangan dan indikator perdagangan orang untuk kejahatan paksa, dalam delapan bahasa, untuk ponsel dan koneksi lambat.",
            ),
            (
                "Rapat koordinasi",
                "Daftar untuk rapat koordinasi ERN dan sesi peningkatan kapasitas, terima undangan kalender dan dokumen rapat.",
            ),
            (
                "Sertifikat yang dapat diverifikasi",
                "Setiap kursus yang diselesaikan menghasilkan sertifikat dengan kode QR yang dapat diperiksa secara daring oleh instansi mana pun.",
            ),
        ],
    ),
    "lo": _home(
        "ERN Learning",
        "ຮຽນຮູ້ຮ່ວມກັນເພື່ອຕ້ານການຄ້າມະນຸດເພື່ອບັງຄັບໃຫ້ກະທຳຜິດ",
        "ເຄືອຂ່າຍຕອບໂຕ້ສຸກເສີນເຊື່ອມຕໍ່ເຈົ້າໜ້າທີ່ຕຳຫຼວດທີ່ໄດ້ຮັບການແຕ່ງຕັ້ງຈາກ ກຳປູເຈຍ, ອິນໂດເນເຊຍ, ສປປ ລາວ, ມາເລເຊຍ, "
        "ຟີລິບປິນ, ໄທ ແລະ ຫວຽດນາມ ພ້ອມທັງຫ້ອງການສູນກາງແຫ່ງຊາດ INTERPOL ເພື່ອຢຸດສູນຕົ້ມຕຸ໋ນ ແລະ ຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍ. "
        "ຢູ່ທີ່ນີ້ ສະມາຊິກສາມາດຮຽນຫຼັກສູດສັ້ນເປັນພາສາຂອງຕົນ ແລະ ເຂົ້າຮ່ວມກອງປະຊຸມຂອງເຄືອຂ່າຍ.",
        "ແຜນງານ",
        [
            (
                "ບົດຮຽນອອນລາຍ",
                "ຫຼັກສູດສັ້ນກ່ຽວກັບຫຼັກຖານດິຈິຕອນ, ການສືບສວນທາງການເງິນ ແລະ ຕົວຊີ້ບອກການຄ້າມະນຸດເພື່ອບັງຄັບໃຫ້ກະທຳຜິດ ເປັນແປດພາສາ ສຳລັບໂທລະສັບ ແລະ ອິນເຕີເນັດທີ່ຊ້າ.",
            ),
            (
                "ກອງປະຊຸມປະສານງານ",
                "ລົງທະບຽນເຂົ້າຮ່ວມກອງປະຊຸມປະສານງານ ERN ແລະ ຊຸດຝຶກອົບຮົມສ້າງຄວາມອາດສາມາດ ຮັບການເຊີນທາງປະຕິທິນ ແລະ ເອກະສານກອງປະຊຸມ.",
            ),
            ("ໃບຢັ້ງຢືນທີ່ກວດສອບໄດ້", "ທຸກຫຼັກສູດທີ່ຮຽນຈົບຈະໄດ້ຮັບໃບຢັ້ງຢືນທີ່ມີລະຫັດ QR ເຊິ່ງທຸກອົງການສາມາດກວດສອບທາງອອນລາຍໄດ້."),
        ],
    ),
    "ms": _home(
        "ERN Learning",
        "Belajar bersama menentang pemerdagangan orang untuk jenayah paksa",
        "Rangkaian Tindak Balas Kecemasan (ERN) menghubungkan pegawai polis yang dicalonkan dari Kemboja, Indonesia, Laos, Malaysia, "
        "Filipina, Thailand dan Vietnam, serta NCB INTERPOL, untuk menghentikan kompleks penipuan dan menyelamatkan mangsanya. "
        "Di sini ahli mengikuti kursus pendek dalam bahasa sendiri dan menyertai mesyuarat rangkaian.",
        "Program",
        [
            (
                "Modul e-pembelajaran",
                "Kursus pendek mengenai bukti digital, siasatan kewangan dan petunjuk pemerdagangan orang untuk jenayah paksa, dalam lapan bahasa, untuk telefon dan sambungan perlahan.",
            ),
            (
                "Mesyuarat penyelarasan",
                "Daftar untuk mesyuarat penyelarasan ERN dan sesi pembinaan kapasiti, terima jemputan kalendar dan dokumen mesyuarat.",
            ),
            (
                "Sijil yang boleh disahkan",
                "Setiap kursus yang diselesaikan memberikan sijil dengan kod QR yang boleh disemak dalam talian oleh mana-mana agensi.",
            ),
        ],
    ),
    "fil": _home(
        "ERN Learning",
        "Sama-samang pag-aaral laban sa trafficking para sa sapilitang krimen",
        "Pinag-uugnay ng Emergency Response Network ang mga itinalagang pulis ng Cambodia, Indonesia, Lao PDR, Malaysia, "
        "Pilipinas, Thailand at Viet Nam, at ang mga INTERPOL National Central Bureau, upang pigilan ang mga scam compound "
        "at iligtas ang mga biktima nito. Dito kumukuha ang mga miyembro ng maiikling kurso sa sarili nilang wika at sumasali sa mga pulong ng network.",
        "Ang programa",
        [
            (
                "Mga e-learning module",
                "Maiikling kurso tungkol sa digital na ebidensya, imbestigasyong pinansyal at mga palatandaan ng trafficking para sa sapilitang krimen, sa walong wika, para sa cellphone at mabagal na koneksyon.",
            ),
            (
                "Mga pulong para sa koordinasyon",
                "Magparehistro sa mga coordination meeting ng ERN at mga sesyon sa pagpapalakas ng kakayahan, at tumanggap ng imbitasyon sa kalendaryo at mga dokumento ng pulong.",
            ),
            (
                "Mga sertipikong mabe-verify",
                "Bawat natapos na kurso ay may sertipikong may QR code na maaaring suriin online ng anumang ahensya.",
            ),
        ],
    ),
    "th": _home(
        "ERN Learning",
        "เรียนรู้ร่วมกันเพื่อต่อต้านการค้ามนุษย์เพื่อบังคับให้กระทำความผิด",
        "เครือข่ายตอบสนองเหตุฉุกเฉิน (ERN) เชื่อมโยงเจ้าหน้าที่ตำรวจที่ได้รับการเสนอชื่อจากกัมพูชา อินโดนีเซีย สปป.ลาว มาเลเซีย "
        "ฟิลิปปินส์ ไทย และเวียดนาม รวมถึงสำนักงานกลางแห่งชาติ INTERPOL เพื่อยุติแหล่งแก๊งคอลเซ็นเตอร์และช่วยเหลือผู้เสียหาย "
        "ที่นี่สมาชิกสามารถเรียนหลักสูตรระยะสั้นในภาษาของตนและเข้าร่วมการประชุมของเครือข่าย",
        "แผนงาน",
        [
            (
                "บทเรียนออนไลน์",
                "หลักสูตรระยะสั้นเรื่องพยานหลักฐานดิจิทัล การสืบสวนทางการเงิน และตัวบ่งชี้การค้ามนุษย์เพื่อบังคับให้กระทำความผิด แปดภาษา ใช้งานได้บนโทรศัพท์และอินเทอร์เน็ตความเร็วต่ำ",
            ),
            ("การประชุมประสานงาน", "ลงทะเบียนเข้าร่วมการประชุมประสานงาน ERN และการอบรมเสริมสร้างศักยภาพ รับคำเชิญในปฏิทินและเอกสารการประชุม"),
            ("ประกาศนียบัตรที่ตรวจสอบได้", "หลักสูตรที่เรียนจบแต่ละหลักสูตรจะได้รับประกาศนียบัตรพร้อมคิวอาร์โค้ดที่หน่วยงานใดก็ตรวจสอบออนไลน์ได้"),
        ],
    ),
    "vi": _home(
        "ERN Learning",
        "Cùng học để chống mua bán người nhằm cưỡng bức phạm tội",
        "Mạng lưới Ứng phó Khẩn cấp (ERN) kết nối các cán bộ cảnh sát được đề cử của Campuchia, Indonesia, Lào, Malaysia, "
        "Philippines, Thái Lan và Việt Nam, cùng các Văn phòng Trung ương Quốc gia INTERPOL, nhằm triệt phá các khu lừa đảo "
        "và giải cứu nạn nhân. Tại đây, thành viên học các khóa ngắn bằng ngôn ngữ của mình và tham gia các cuộc họp của mạng lưới.",
        "Chương trình",
        [
            (
                "Học phần trực tuyến",
                "Các khóa học ngắn về chứng cứ điện tử, điều tra tài chính và các dấu hiệu mua bán người nhằm cưỡng bức phạm tội, bằng tám ngôn ngữ, phù hợp với điện thoại và đường truyền chậm.",
            ),
            (
                "Họp điều phối",
                "Đăng ký tham dự các cuộc họp điều phối ERN và các khóa nâng cao năng lực, nhận lời mời lịch và tài liệu cuộc họp.",
            ),
            (
                "Chứng chỉ có thể xác minh",
                "Mỗi khóa học hoàn thành được cấp chứng chỉ có mã QR mà bất kỳ cơ quan nào cũng có thể kiểm tra trực tuyến.",
            ),
        ],
    ),
}

from courses.demo_content.blocks import case, checklist, download, figure, h, key, p, term
from courses.demo_content.media import CHAIN_OF_CUSTODY_DIAGRAM, SEIZURE_CHECKLIST

CONTENT = {
    "title": "Bukti digital untuk siasatan pemerdagangan orang",
    "summary": (
        "Cara merampas, merekod, memelihara dan memohon bukti digital yang membuktikan pemerdagangan orang untuk jenayah paksa "
        "di kompleks penipuan, dari minit pertama serbuan hingga permohonan data yang disimpan di luar negara."
    ),
    "outcomes": [
        "Mengamankan telefon bimbit, komputer dan peranti lain di kompleks penipuan tanpa kehilangan atau mengubah datanya",
        "Menjaga rantaian jagaan barang kes yang boleh diterima di mahkamah",
        "Menerangkan salinan forensik dan nilai hash, serta menyemak bahawa salinan sama dengan asalnya",
        "Memohon pembekal perkhidmatan dalam talian, di dalam dan luar negara, memelihara dan menyerahkan data",
        "Mengenal pasti tanda bahawa seorang suspek mungkin mangsa pemerdagangan orang",
    ],
    "lessons": [
        {
            "title": "Tindakan awal: mengamankan peranti di tempat kejadian",
            "summary": "Apa yang perlu dan tidak boleh dilakukan terhadap telefon dan komputer dalam minit-minit pertama serbuan atau operasi menyelamat.",
            "body": [
                p(
                    "<p>Di kompleks penipuan, bukti jenayah (skrip penipuan, profil palsu, perbualan dengan mangsa penipuan, rekod "
                    "pembayaran dan arahan ketua) kebanyakannya berada dalam telefon dan komputer. Bukti ini mudah rosak: ia boleh "
                    "dipadam dari jauh, dikunci oleh pemasa, atau diubah oleh pegawai yang berniat baik tetapi membelek telefon.</p>"
                ),
                h("Sebelum menyentuh peranti"),
                p(
                    "<ol><li>Ambil gambar tempat kejadian dan setiap peranti di tempat ia dijumpai, termasuk skrinnya.</li>"
                    "<li>Catat siapa yang menggunakan peranti, jenama, model dan warnanya, dan sama ada ia hidup, mati, berkunci atau sedang dicas.</li>"
                    "<li>Pakai sarung tangan jika peranti mungkin juga mempunyai cap jari atau DNA.</li></ol>"
                ),
                key(
                    "Jangan membelek",
                    "<p>Jangan sekali-kali menatal mesej, membuka aplikasi atau mencuba kod laluan pada peranti yang dirampas. Setiap "
                    "sentuhan mengubah data dan boleh dipertikaikan di mahkamah. Serahkan pemeriksaan kepada pemeriksa forensik digital "
                    "yang terlatih dengan peralatan yang betul.</p>",
                ),
                h("Telefon bimbit dan tablet"),
                p(
                    "<ul><li>Jika telefon <b>hidup</b>, biarkan ia hidup dan dicas (bank kuasa membantu), dan putuskan daripada rangkaian: "
                    "mod pesawat jika boleh ditetapkan tanpa membelek, atau beg Faraday. Ini menghalang pemadaman dari jauh.</li>"
                    "<li>Jika ia <b>mati</b>, biarkan ia mati.</li>"
                    "<li>Jika seseorang memberikan kod laluan atau corak secara sukarela dan sah, catat dengan tepat, bersama siapa yang memberikannya dan bila.</li>"
                    "<li>Rampas kad SIM, kad memori, pengecas dan kabel, serta buku catatan yang mengandungi kata laluan atau skrip.</li></ul>"
                ),
                h("Komputer dan peralatan rangkaian"),
                p(
                    "<p>Komputer yang sedang berjalan mungkin menyimpan bukti hanya dalam memorinya: perbualan yang terbuka, kunci "
                    "penyulitan, dompet kripto. Jika pakar ada, biarkan mereka merakam memori terlebih dahulu. Jika tidak, ambil gambar "
                    "skrin, kemudian cabut kabel kuasa dari belakang komputer meja dan bukan menggunakan menu tutup. Rampas juga penghala "
                    "dan peralatan Wi-Fi: lognya boleh mengaitkan peranti dengan kompleks itu.</p>"
                ),
                download(
                    SEIZURE_CHECKLIST,
                    "Senarai semak rampasan bukti digital",
                    "Senarai semak satu halaman bagi langkah tindakan awal dalam pelajaran ini, untuk dicetak dan dibawa semasa serbuan atau operasi menyelamat, dengan ruang untuk nombor barang kes dan tandatangan anda.",
                ),
                case(
                    "Dua ratus telefon dalam satu bangunan",
                    "<p>Pegawai memasuki sebuah kompleks di mana kira-kira 200 pekerja duduk di meja, masing-masing dengan dua atau "
                    "tiga telefon. Sebahagian pekerja menjerit bahawa mereka ditipu untuk datang dan mahu pulang.</p>",
                    "<ul><li>Bagaimanakah anda mengasingkan telefon setiap pekerja dan memastikan pemiliknya dapat dikenal pasti?</li>"
                    "<li>Telefon siapakah yang mungkin mengandungi bukti bahawa pekerja itu sendiri adalah mangsa?</li></ul>",
                    "<p>Bungkus dan labelkan peranti mengikut orang dan mengikut meja, dengan gambar setiap tempat duduk. Layan para "
                    "pekerja sebagai mangsa yang berpotensi: telefon peribadi mereka mungkin mengandungi iklan kerja, mesej perekrut dan "
                    "ugutan kompleks, iaitu bukti pemerdagangan orang. Terangkan apa yang anda lakukan dalam bahasa yang mereka fahami.</p>",
                ),
                term(
                    "Beg Faraday",
                    "Beg berperisai yang menyekat isyarat selular, Wi-Fi dan Bluetooth, supaya peranti yang dirampas tidak boleh dipadam atau diubah dari jauh.",
                ),
            ],
        },
        {
            "title": "Rantaian jagaan barang kes",
            "summary": "Merekod setiap tangan yang dilalui barang kes, supaya mahkamah boleh mempercayainya.",
            "body": [
                p(
                    "<p>Rantaian jagaan ialah rekod bertulis tentang siapa yang mengumpul barang kes, bila dan di mana, dan setiap orang "
                    "yang memegangnya sejak itu. Jika satu mata rantai hilang, pihak pembelaan boleh berhujah bahawa bukti telah diubah, "
                    "ditukar atau ditanam, dan mahkamah mungkin menolaknya.</p>"
                ),
                figure(
                    CHAIN_OF_CUSTODY_DIAGRAM,
                    "Rantaian jagaan barang kes, 5 peringkat: 1 Tempat kejadian (rampas, ambil gambar), 2 Label dan meterai (nombor barang kes di meterai), 3 Stor barang kes (log keluar masuk), 4 Makmal forensik (salin, hash), 5 Mahkamah. Setiap serahan ditandatangani.",
                    "Dari tempat kejadian hingga ke mahkamah, setiap serahan barang kes direkodkan dan ditandatangani.",
                ),
                checklist(
                    "Kandungan setiap rekod barang kes",
                    "Rekod butiran ini semasa rampasan, bukan kemudian daripada ingatan.",
                    [
                        "Nombor barang kes yang unik, juga ditulis pada beg atau label",
                        "Tarikh, masa dan tempat rampasan yang tepat",
                        "Perihalan: jenis, jenama, model, warna, dan nombor siri atau IMEI jika kelihatan",
                        "Keadaan peranti: hidup atau mati, berkunci, kerosakan, tahap bateri",
                        "Nama, pangkat dan unit pegawai yang merampas, dengan tandatangan",
                        "Orang yang daripadanya peranti diambil, jika diketahui",
                        "Setiap pemindahan selepas itu: daripada siapa, kepada siapa, bila dan mengapa, dengan tandatangan",
                    ],
                ),
                key(
                    "Meterai",
                    "<p>Masukkan setiap peranti ke dalam beg kalis usik tersendiri dan meterainya. Tulis nombor barang kes pada meterai. "
                    "Jika meterai perlu dipecahkan, contohnya oleh pemeriksa forensik, catat siapa yang memecahkannya, bila dan mengapa, "
                    "dan meterai semula dengan meterai bernombor yang baharu.</p>",
                ),
                h("Penyimpanan dan pengangkutan"),
                p(
                    "<p>Simpan barang kes di stor berkunci dengan buku log setiap keluar masuk. Lindungi peranti daripada haba, "
                    "kelembapan dan magnet, dan biarkan telefon yang hidup bersambung kepada kuasa di dalam beg berperisainya. Apabila "
                    "barang kes dihantar ke makmal atau ke negara lain, rantaian itu berterusan: penghantar dan pegawai penerima juga "
                    "menandatanganinya.</p>"
                ),
                term(
                    "Barang kes",
                    "Barang yang dirampas sebagai bukti yang mungkin dan diberi nombor unik yang mengikutinya hingga ke mahkamah.",
                ),
            ],
        },
        {
            "title": "Salinan forensik dan nilai hash",
            "summary": "Mengapa pemeriksa bekerja pada salinan, dan bagaimana nilai hash membuktikan bahawa salinan sama dengan asalnya.",
            "body": [
                p(
                    "<p>Pemeriksa mengelak daripada menganalisis peranti asal. Mereka membuat salinan forensik (imej) bagi storannya dan "
                    "bekerja pada salinan itu, supaya peranti asal kekal seperti semasa dirampas. Bagi komputer dan media storan, penyekat "
                    "tulis menghalang alat penyalin daripada mengubah asalnya. Bagi telefon, alat khusus mengekstrak data dengan "
                    "pelbagai cara, daripada pengekstrakan logik kandungan yang kelihatan hingga pengekstrakan sistem fail penuh.</p>"
                ),
                term(
                    "Nilai hash",
                    "Kod pendek yang dikira daripada data, contohnya dengan SHA-256. Jika satu bit data pun berubah, nilai hash berubah sepenuhnya.",
                ),
                h("Bagaimana hash melindungi bukti"),
                p(
                    "<ol><li>Pemeriksa mengira nilai hash data asal, atau data yang diekstrak.</li>"
                    "<li>Salinan dibuat dan nilai hashnya dikira.</li>"
                    "<li>Jika kedua-dua nilai sepadan, salinan itu sama. Nilai itu dicatat dalam laporan supaya sesiapa boleh menyemaknya kemudian.</li></ol>"
                ),
                key(
                    "Gunakan algoritma yang kukuh",
                    "<p>Gunakan SHA-256 jika alat anda membenarkan. MD5 dan SHA-1 masih terdapat dalam laporan lama, tetapi kelemahan "
                    "telah ditemui pada kedua-duanya. Tulis algoritma yang digunakan di sebelah setiap nilai hash.</p>",
                ),
                case(
                    "Salinan yang dipertikaikan di mahkamah",
                    "<p>Seorang peguam bela mendakwa bahawa mesej perbualan yang digunakan sebagai bukti ditambah ke dalam telefon suspek selepas ia dirampas.</p>",
                    "<p>Rekod apakah yang membolehkan pendakwaan menjawab dakwaan ini?</p>",
                    "<p>Rekod barang kes dan meterai menunjukkan bahawa telefon tidak dibuka sebelum pemeriksaan. Laporan pemeriksa "
                    "menyatakan alat pengekstrakan dan versinya, nilai hash pengekstrakan, dan di mana mesej itu dijumpai. Pemeriksa "
                    "kedua boleh mengira hash pengekstrakan yang sama dan memperoleh nilai yang sama.</p>",
                ),
                term(
                    "Penyekat tulis",
                    "Peranti atau perisian yang membolehkan data dibaca daripada media storan sambil menghalang sebarang perubahan.",
                ),
            ],
        },
        {
            "title": "Data dalam talian, dan tanda jenayah paksa",
            "summary": "Memohon pemeliharaan dan penyerahan data daripada pembekal perkhidmatan dan negara lain, serta mengenal pasti mangsa dalam kalangan suspek.",
            "body": [
                p(
                    "<p>Banyak bukti langsung tidak berada dalam peranti. Ia disimpan oleh aplikasi pesanan, media sosial, e-mel dan "
                    "perkhidmatan awan, bursa dan pembekal pembayaran, selalunya di negara lain. Pembekal menyimpan data untuk tempoh "
                    "terhad sahaja, jadi bertindaklah awal.</p>"
                ),
                h("Pelihara dahulu, kemudian mohon"),
                p(
                    "<ul><li><b>Permohonan pemeliharaan:</b> minta pembekal menyimpan data akaun tertentu sementara anda mendapatkan "
                    "perintah undang-undang. Banyak pembekal besar menerima permohonan ini daripada penguat kuasa undang-undang melalui portal dalam talian.</li>"
                    "<li><b>Pendedahan kecemasan:</b> apabila nyawa dalam bahaya, contohnya mangsa masih ditahan di kompleks, kebanyakan "
                    "pembekal mempunyai prosedur kecemasan.</li>"
                    "<li><b>Permohonan rasmi:</b> bagi kandungan, gunakan proses undang-undang yang dikehendaki oleh undang-undang anda. "
                    "Bagi data di luar negara, ini selalunya bermaksud bantuan bersama dalam perkara jenayah (MLA); Perjanjian ASEAN "
                    "mengenai Bantuan Bersama dalam Perkara Jenayah menghubungkan semua negara anggota ASEAN.</li>"
                    "<li><b>Saluran polis ke polis:</b> Biro Pusat Kebangsaan INTERPOL dan kenalan ERN anda membantu mencari rakan "
                    "sejawat yang betul dengan cepat dan berkongsi risikan sementara permohonan rasmi disediakan.</li></ul>"
                ),
                key(
                    "Kenal pasti akaun dengan tepat",
                    "<p>Sesuatu permohonan hanya sebaik pengecamnya: nombor telefon dengan kod negara, nama pengguna, pautan profil, "
                    "alamat e-mel, alamat dompet kripto, dan tempoh yang diperlukan, bersama zon waktunya.</p>",
                ),
                checklist(
                    "Tanda bahawa suspek mungkin mangsa pemerdagangan orang",
                    "Cari tanda ini dalam peranti, perbualan dan temu bual. Satu tanda sudah menjadi sebab untuk bertanya lagi; beberapa "
                    "tanda bersama memerlukan prosedur pengenalpastian mangsa.",
                    [
                        "Direkrut melalui iklan kerja dalam talian yang menjanjikan gaji tinggi untuk kerja mudah di luar negara",
                        "Perjalanan, visa dan tiket diatur dan dibayar oleh perekrut",
                        "Pasport atau dokumen pengenalan diambil semasa tiba",
                        "Tidak bebas keluar: pengawal, tembok, pintu berkunci",
                        "Hutang untuk perjalanan, makanan atau “latihan” yang terus bertambah dengan denda",
                        "Dipaksa mencapai sasaran harian mesej penipuan atau deposit, dan dihukum jika gagal",
                        "Ugutan, pukulan atau dijual kepada kompleks lain",
                        "Mesej kepada keluarga atau rakan meminta bantuan atau wang tebusan",
                    ],
                    "Berdasarkan UNODC, Petunjuk utama pemerdagangan orang untuk jenayah paksa bagi melakukan jenayah berasaskan siber (2023)",
                ),
                p(
                    "<p>Mangsa pemerdagangan orang tidak sepatutnya dihukum atas jenayah yang mereka dipaksa lakukan: inilah prinsip "
                    "tanpa hukuman. Mengenal pasti mereka awal melindungi mereka, dan mereka selalunya saksi terbaik terhadap penganjur.</p>"
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Bukti digital: kuiz akhir",
        "intro": "Enam soalan tentang empat pelajaran. Anda memerlukan 80% untuk lulus, dan anda mempunyai tiga percubaan.",
        "questions": [
            {
                "text": "Semasa serbuan, anda menjumpai telefon yang hidup dan tidak berkunci di atas meja. Apakah yang anda lakukan dahulu?",
                "explanation": "Rekod tempat kejadian, pastikan telefon berkuasa, putuskan daripada rangkaian, dan serahkan pemeriksaan kepada pemeriksa forensik.",
                "choices": [
                    (
                        "Mengambil gambarnya di tempatnya, kemudian memastikannya berkuasa dan memutuskannya daripada rangkaian",
                        "Betul: ini memelihara data dan menghalang pemadaman dari jauh.",
                    ),
                    (
                        "Menatal perbualannya untuk mencari nama ketua",
                        "Tidak: membelek mengubah data dan boleh menjadikan bukti tidak boleh diterima.",
                    ),
                    (
                        "Mematikannya untuk menjimatkan bateri",
                        "Tidak: mematikannya boleh mengunci telefon di sebalik penyulitan dan menghilangkan data dalam memori.",
                    ),
                ],
            },
            {
                "text": "Jika seorang pekerja memberikan kod laluan telefonnya secara sukarela, anda mencatatnya dengan tepat, bersama siapa yang memberikannya dan bila.",
                "explanation": "Kod laluan yang diberikan secara sah boleh menjimatkan kerja pemeriksa berminggu-minggu, dan mesti direkodkan.",
                "choices": [
                    ("Benar", "Betul: tulis dengan tepat, bersama keadaannya, seperti yang dikehendaki undang-undang."),
                    (
                        "Palsu",
                        "Tidak begitu: kod laluan yang diberikan secara sah perlu dicatat bersama siapa yang memberikannya dan bila.",
                    ),
                ],
            },
            {
                "text": "Butiran manakah yang termasuk dalam rekod barang kes telefon yang dirampas? Pilih semua yang berkenaan.",
                "explanation": "Rekod itu memerihalkan barang kes dan setiap tangan yang dilaluinya, bukan pendapat tentang kes.",
                "choices": [
                    ("Tarikh, masa dan tempat rampasan", "Ya: ini memulakan rantaian jagaan."),
                    ("Nombor IMEI atau nombor siri, jika kelihatan", "Ya: ia mengenal pasti peranti dengan tepat."),
                    (
                        "Setiap pemindahan telefon selepas itu, dengan tandatangan",
                        "Ya: setiap pemindahan ialah satu mata rantai.",
                    ),
                    (
                        "Pendapat pegawai tentang kesalahan suspek",
                        "Tidak: rekod memerihalkan barang kes dan pengendaliannya, bukan pendapat.",
                    ),
                ],
            },
            {
                "text": "Apakah maksudnya apabila nilai hash salinan forensik sepadan dengan nilai hash asalnya?",
                "explanation": "Nilai hash yang sepadan menunjukkan bahawa salinan sama dengan asalnya, bit demi bit.",
                "choices": [
                    ("Salinan itu sama dengan asalnya", "Betul."),
                    ("Salinan itu telah disulitkan", "Tidak: hash tidak menyulitkan apa-apa."),
                    (
                        "Peranti tidak mengandungi fail yang dipadam",
                        "Tidak: hash tidak menyatakan apa-apa tentang kandungan data.",
                    ),
                ],
            },
            {
                "text": "Seorang mangsa mungkin masih ditahan di kompleks, dan mesejnya berada di platform media sosial asing. Apakah langkah sah yang paling cepat?",
                "explanation": "Nyawa yang dalam bahaya mewajarkan prosedur kecemasan pembekal dahulu; permohonan rasmi menyusul untuk pembuktian.",
                "choices": [
                    (
                        "Menggunakan prosedur pendedahan kecemasan pembekal dan menghubungi negara itu melalui NCB INTERPOL atau ERN",
                        "Betul: bertindak segera melalui saluran kecemasan.",
                    ),
                    (
                        "Menunggu jawapan kepada permohonan bantuan bersama",
                        "Permohonan rasmi masih diperlukan untuk bukti, tetapi terlalu lambat apabila nyawa dalam bahaya.",
                    ),
                    (
                        "Meminta suspek log masuk dan menunjukkan mesej kepada anda",
                        "Tidak: ini tidak boleh dipercayai dan mungkin menyalahi undang-undang.",
                    ),
                ],
            },
            {
                "text": "Manakah yang menunjukkan bahawa seorang “penipu” yang ditangkap di kompleks mungkin mangsa pemerdagangan orang?",
                "explanation": "Dokumen yang dirampas dan denda kerana gagal mencapai sasaran ialah petunjuk utama jenayah paksa.",
                "choices": [
                    (
                        "Pasportnya diambil semasa tiba dan dia didenda apabila gagal mencapai sasaran",
                        "Betul: ini petunjuk pemerdagangan orang.",
                    ),
                    (
                        "Dia bercakap beberapa bahasa",
                        "Kemahiran bahasa ialah sebab perekrut menyasarkan graduan; dengan sendirinya ia tidak menunjukkan apa-apa.",
                    ),
                    (
                        "Dia menggunakan beberapa aplikasi perbualan",
                        "Semua orang di kompleks berbuat demikian; dengan sendirinya ini bukan petunjuk.",
                    ),
                ],
            },
        ],
    },
    "seizure_checklist": {
        "title": "Senarai semak rampasan bukti digital",
        "intro": "Bawa helaian ini semasa serbuan atau operasi menyelamat. Tandakan setiap langkah sebaik sahaja anda melakukannya, dan simpan helaian ini bersama rekod barang kes.",
        "fields": ["Nombor barang kes", "Pegawai yang merampas (nama, pangkat, unit)", "Tarikh, masa dan tempat rampasan"],
        "steps": [
            "Ambil gambar tempat kejadian dan setiap peranti di tempat ia dijumpai, bersama skrinnya.",
            "Catat siapa yang menggunakan peranti, jenama, model dan warnanya, dan sama ada ia hidup, mati, berkunci atau sedang dicas.",
            "Jangan membelek: jangan menatal mesej, membuka aplikasi atau mencuba kod laluan.",
            "Telefon hidup: biarkan ia hidup dan dicas, dan putuskan daripada rangkaian (beg Faraday, atau mod pesawat tanpa membelek).",
            "Telefon mati: biarkan ia mati.",
            "Kod laluan yang diberikan secara sukarela dan sah: catat dengan tepat, bersama siapa yang memberikannya dan bila.",
            "Rampas kad SIM, kad memori, pengecas, kabel dan buku catatan yang mengandungi kata laluan atau skrip.",
            "Komputer yang sedang berjalan: biarkan pakar menyalin memorinya; jika tiada, ambil gambar skrin dan cabut kabel kuasa.",
            "Masukkan setiap peranti ke dalam beg kalis usik tersendiri, meterainya dan tulis nombor barang kes pada meterai.",
            "Mulakan rekod rantaian jagaan, dan pastikan setiap serahan ditandatangani.",
        ],
        "signature": "Tandatangan",
    },
}

from courses.demo_content.blocks import case, checklist, download, figure, h, key, p, term
from courses.demo_content.media import CHAIN_OF_CUSTODY_DIAGRAM, SEIZURE_CHECKLIST

CONTENT = {
    "title": "Bukti digital untuk penyidikan perdagangan orang",
    "summary": (
        "Cara menyita, mendokumentasikan, mengamankan, dan meminta bukti digital yang membuktikan perdagangan orang untuk "
        "kejahatan paksa di kompleks penipuan, sejak menit pertama penggerebekan hingga permintaan data yang disimpan di luar negeri."
    ),
    "outcomes": [
        "Mengamankan ponsel, komputer, dan perangkat lain di kompleks penipuan tanpa kehilangan atau mengubah datanya",
        "Menjaga rantai pengawasan barang bukti yang dapat diterima di pengadilan",
        "Menjelaskan salinan forensik dan nilai hash, serta memeriksa bahwa salinan identik dengan aslinya",
        "Meminta penyedia layanan daring, di dalam dan luar negeri, untuk menyimpan dan menyerahkan data",
        "Mengenali tanda-tanda bahwa seorang tersangka mungkin korban perdagangan orang",
    ],
    "lessons": [
        {
            "title": "Tindakan pertama: mengamankan perangkat di tempat kejadian",
            "summary": "Apa yang harus dan tidak boleh dilakukan terhadap ponsel dan komputer pada menit-menit pertama penggerebekan atau penyelamatan.",
            "body": [
                p(
                    "<p>Di kompleks penipuan, bukti kejahatan (naskah penipuan, profil palsu, obrolan dengan korban penipuan, catatan "
                    "pembayaran, dan perintah dari bos) sebagian besar ada di ponsel dan komputer. Bukti ini rapuh: dapat dihapus dari "
                    "jarak jauh, terkunci oleh pengatur waktu, atau berubah karena petugas yang bermaksud baik membuka-buka ponsel.</p>"
                ),
                h("Sebelum menyentuh perangkat"),
                p(
                    "<ol><li>Foto tempat kejadian dan setiap perangkat di lokasi ditemukannya, termasuk layarnya.</li>"
                    "<li>Catat siapa yang menggunakan perangkat, merek, model, dan warnanya, serta apakah menyala, mati, terkunci, atau sedang diisi daya.</li>"
                    "<li>Gunakan sarung tangan jika perangkat mungkin juga membawa sidik jari atau DNA.</li></ol>"
                ),
                key(
                    "Jangan membuka-buka",
                    "<p>Jangan pernah menggulir pesan, membuka aplikasi, atau mencoba kode sandi pada perangkat yang disita. Setiap "
                    "sentuhan mengubah data dan dapat dipersoalkan di pengadilan. Serahkan pemeriksaan kepada pemeriksa forensik "
                    "digital yang terlatih dengan peralatan yang tepat.</p>",
                ),
                h("Ponsel dan tablet"),
                p(
                    "<ul><li>Jika ponsel <b>menyala</b>, biarkan menyala dan tetap terisi daya (power bank membantu), lalu putuskan dari "
                    "jaringan: mode pesawat jika dapat diatur tanpa membuka-buka, atau kantong Faraday. Ini mencegah penghapusan jarak jauh.</li>"
                    "<li>Jika <b>mati</b>, biarkan tetap mati.</li>"
                    "<li>Jika seseorang memberikan kode sandi atau pola secara sukarela dan sah, catat persis, beserta siapa yang memberikannya dan kapan.</li>"
                    "<li>Sita kartu SIM, kartu memori, pengisi daya dan kabel, serta buku catatan berisi kata sandi atau naskah.</li></ul>"
                ),
                h("Komputer dan perangkat jaringan"),
                p(
                    "<p>Komputer yang menyala mungkin menyimpan bukti hanya di memorinya: obrolan yang terbuka, kunci enkripsi, dompet "
                    "kripto. Jika ada ahli, biarkan mereka merekam memori terlebih dahulu. Jika tidak, foto layarnya, lalu cabut kabel "
                    "daya dari belakang komputer meja alih-alih menggunakan menu matikan. Sita juga router dan perangkat Wi-Fi: lognya "
                    "dapat menghubungkan perangkat dengan kompleks tersebut.</p>"
                ),
                download(
                    SEIZURE_CHECKLIST,
                    "Daftar periksa penyitaan bukti digital",
                    "Daftar periksa satu halaman berisi langkah-langkah tindakan pertama dalam pelajaran ini, untuk dicetak dan dibawa saat penggerebekan atau penyelamatan, dengan tempat untuk nomor barang bukti dan tanda tangan Anda.",
                ),
                case(
                    "Dua ratus ponsel dalam satu gedung",
                    "<p>Petugas memasuki kompleks tempat sekitar 200 pekerja duduk di meja, masing-masing dengan dua atau tiga ponsel. "
                    "Beberapa pekerja berteriak bahwa mereka ditipu untuk datang dan ingin pulang.</p>",
                    "<ul><li>Bagaimana Anda memisahkan ponsel setiap pekerja dan memastikan pemiliknya dapat ditentukan?</li>"
                    "<li>Ponsel siapa yang mungkin berisi bukti bahwa para pekerja itu sendiri adalah korban?</li></ul>",
                    "<p>Kemas dan beri label perangkat per orang dan per meja, dengan foto setiap tempat duduk. Perlakukan para pekerja "
                    "sebagai calon korban: ponsel pribadi mereka mungkin berisi iklan lowongan kerja, pesan perekrut, dan ancaman dari "
                    "kompleks, yang merupakan bukti perdagangan orang. Jelaskan apa yang Anda lakukan dalam bahasa yang mereka pahami.</p>",
                ),
                term(
                    "Kantong Faraday",
                    "Kantong berpelindung yang memblokir sinyal seluler, Wi-Fi, dan Bluetooth, sehingga perangkat yang disita tidak dapat dihapus atau diubah dari jarak jauh.",
                ),
            ],
        },
        {
            "title": "Rantai pengawasan barang bukti",
            "summary": "Mencatat setiap tangan yang dilalui barang bukti, agar pengadilan dapat memercayainya.",
            "body": [
                p(
                    "<p>Rantai pengawasan (chain of custody) adalah catatan tertulis tentang siapa yang mengumpulkan barang bukti, kapan "
                    "dan di mana, serta setiap orang yang memegangnya sejak itu. Jika ada mata rantai yang hilang, pembela dapat "
                    "berargumen bahwa bukti telah diubah, ditukar, atau ditanam, dan pengadilan dapat menolaknya.</p>"
                ),
                figure(
                    CHAIN_OF_CUSTODY_DIAGRAM,
                    "Rantai pengawasan barang bukti, lima tahap: 1 TKP (sita dan foto), 2 Label dan segel (nomor barang bukti di segel), 3 Gudang barang bukti (keluar-masuk dicatat), 4 Lab forensik (salin dan hash), 5 Pengadilan. Setiap serah terima ditandatangani.",
                    "Dari TKP sampai ke pengadilan, setiap serah terima barang bukti dicatat dan ditandatangani.",
                ),
                checklist(
                    "Isi setiap catatan barang bukti",
                    "Catat rincian ini pada saat penyitaan, bukan belakangan dari ingatan.",
                    [
                        "Nomor barang bukti yang unik, juga ditulis pada kantong atau label",
                        "Tanggal, waktu, dan tempat penyitaan yang tepat",
                        "Uraian: jenis, merek, model, warna, serta nomor seri atau IMEI jika terlihat",
                        "Keadaan perangkat: menyala atau mati, terkunci, kerusakan, tingkat baterai",
                        "Nama, pangkat, dan satuan petugas yang menyita, dengan tanda tangan",
                        "Orang asal perangkat disita, jika diketahui",
                        "Setiap perpindahan berikutnya: dari siapa, kepada siapa, kapan dan mengapa, dengan tanda tangan",
                    ],
                ),
                key(
                    "Segel",
                    "<p>Masukkan setiap perangkat ke dalam kantong anti-rusak tersendiri dan segel. Tulis nomor barang bukti pada segel. "
                    "Jika segel harus dibuka, misalnya oleh pemeriksa forensik, catat siapa yang membukanya, kapan dan mengapa, lalu "
                    "segel kembali dengan segel bernomor yang baru.</p>",
                ),
                h("Penyimpanan dan pengangkutan"),
                p(
                    "<p>Simpan barang bukti di gudang terkunci dengan buku catatan setiap keluar-masuk. Lindungi perangkat dari panas, "
                    "lembap, dan magnet, dan biarkan ponsel yang menyala tetap tersambung ke daya di dalam kantong pelindungnya. Ketika "
                    "barang bukti dikirim ke laboratorium atau ke negara lain, rantai tetap berlanjut: kurir dan petugas penerima juga "
                    "menandatanganinya.</p>"
                ),
                term(
                    "Barang bukti",
                    "Benda yang disita sebagai kemungkinan bukti dan diberi nomor unik yang menyertainya sampai ke pengadilan.",
                ),
            ],
        },
        {
            "title": "Salinan forensik dan nilai hash",
            "summary": "Mengapa pemeriksa bekerja pada salinan, dan bagaimana nilai hash membuktikan bahwa salinan identik dengan aslinya.",
            "body": [
                p(
                    "<p>Pemeriksa menghindari menganalisis perangkat asli. Mereka membuat salinan forensik (image) dari media "
                    "penyimpanannya dan bekerja pada salinan itu, sehingga perangkat asli tetap seperti saat disita. Untuk komputer dan "
                    "media penyimpanan, write blocker mencegah alat penyalin mengubah aslinya. Untuk ponsel, alat khusus mengekstraksi "
                    "data dengan berbagai cara, dari ekstraksi logis atas konten yang terlihat hingga ekstraksi sistem berkas lengkap.</p>"
                ),
                term(
                    "Nilai hash",
                    "Kode pendek yang dihitung dari data, misalnya dengan SHA-256. Jika satu bit saja dari data berubah, nilai hash berubah sepenuhnya.",
                ),
                h("Bagaimana hash melindungi bukti"),
                p(
                    "<ol><li>Pemeriksa menghitung nilai hash dari data asli, atau dari data hasil ekstraksi.</li>"
                    "<li>Salinan dibuat dan nilai hash-nya dihitung.</li>"
                    "<li>Jika kedua nilai sama, salinan itu identik. Nilai-nilai tersebut dicantumkan dalam laporan agar siapa pun dapat memeriksanya kemudian.</li></ol>"
                ),
                key(
                    "Gunakan algoritma yang kuat",
                    "<p>Gunakan SHA-256 jika alat Anda memungkinkan. MD5 dan SHA-1 masih muncul dalam laporan lama, tetapi kelemahan "
                    "telah ditemukan pada keduanya. Tuliskan algoritma yang digunakan di samping setiap nilai hash.</p>",
                ),
                case(
                    "Salinan yang dipersoalkan di pengadilan",
                    "<p>Seorang pengacara pembela menyatakan bahwa pesan obrolan yang dijadikan bukti ditambahkan ke ponsel tersangka setelah disita.</p>",
                    "<p>Catatan apa yang memungkinkan penuntut umum menjawab klaim ini?</p>",
                    "<p>Catatan barang bukti dan segel menunjukkan bahwa ponsel tidak dibuka sebelum pemeriksaan. Laporan pemeriksa "
                    "menyebutkan alat ekstraksi dan versinya, nilai hash hasil ekstraksi, dan lokasi pesan ditemukan. Pemeriksa kedua "
                    "dapat menghitung hash dari ekstraksi yang sama dan memperoleh nilai yang sama.</p>",
                ),
                term(
                    "Write blocker",
                    "Perangkat atau program yang memungkinkan data dibaca dari media penyimpanan sambil mencegah perubahan apa pun.",
                ),
            ],
        },
        {
            "title": "Data yang disimpan daring, dan tanda-tanda kejahatan paksa",
            "summary": "Meminta penyimpanan dan penyerahan data dari penyedia layanan dan negara lain, serta mengenali korban di antara tersangka.",
            "body": [
                p(
                    "<p>Banyak bukti sama sekali tidak berada di perangkat. Bukti itu disimpan oleh aplikasi pesan, media sosial, surel "
                    "dan layanan awan, bursa, dan penyedia pembayaran, sering kali di negara lain. Penyedia hanya menyimpan data untuk "
                    "waktu terbatas, jadi bertindaklah sejak awal.</p>"
                ),
                h("Amankan dulu, baru minta"),
                p(
                    "<ul><li><b>Permintaan penyimpanan (preservation):</b> minta penyedia menyimpan data akun tertentu sementara Anda "
                    "memperoleh penetapan hukum. Banyak penyedia besar menerima permintaan ini dari penegak hukum melalui portal daring.</li>"
                    "<li><b>Pengungkapan darurat:</b> bila nyawa terancam, misalnya korban masih ditahan di kompleks, sebagian besar "
                    "penyedia memiliki prosedur darurat.</li>"
                    "<li><b>Permintaan resmi:</b> untuk isi komunikasi, gunakan proses hukum yang disyaratkan undang-undang Anda. Untuk "
                    "data di luar negeri, ini sering berarti bantuan hukum timbal balik (MLA); Perjanjian ASEAN tentang Bantuan Hukum "
                    "Timbal Balik dalam Masalah Pidana menghubungkan semua negara anggota ASEAN.</li>"
                    "<li><b>Saluran antarkepolisian:</b> National Central Bureau INTERPOL dan kontak ERN Anda membantu menemukan mitra "
                    "yang tepat dengan cepat dan berbagi intelijen sementara permintaan resmi disiapkan.</li></ul>"
                ),
                key(
                    "Identifikasi akun dengan tepat",
                    "<p>Permintaan hanya sebaik pengenalnya: nomor telepon dengan kode negara, nama pengguna, tautan profil, alamat "
                    "surel, alamat dompet kripto, dan periode yang dibutuhkan, beserta zona waktunya.</p>",
                ),
                checklist(
                    "Tanda-tanda bahwa tersangka mungkin korban perdagangan orang",
                    "Cari tanda-tanda ini di perangkat, obrolan, dan wawancara. Satu tanda saja sudah menjadi alasan untuk bertanya "
                    "lebih jauh; beberapa tanda sekaligus menuntut prosedur identifikasi korban.",
                    [
                        "Direkrut melalui iklan lowongan daring yang menjanjikan gaji tinggi untuk pekerjaan mudah di luar negeri",
                        "Perjalanan, visa, dan tiket diatur dan dibayar oleh perekrut",
                        "Paspor atau dokumen identitas diambil saat tiba",
                        "Tidak bebas pergi: ada penjaga, tembok, pintu terkunci",
                        "Utang untuk perjalanan, makan, atau “pelatihan” yang terus bertambah karena denda",
                        "Dipaksa memenuhi target harian pesan penipuan atau setoran, dan dihukum bila tidak tercapai",
                        "Ancaman, pemukulan, atau dijual ke kompleks lain",
                        "Pesan kepada keluarga atau teman yang meminta tolong atau uang tebusan",
                    ],
                    "Berdasarkan UNODC, Indikator utama perdagangan orang untuk kejahatan paksa dalam melakukan kejahatan berbasis siber (2023)",
                ),
                p(
                    "<p>Korban perdagangan orang tidak boleh dihukum atas kejahatan yang mereka lakukan karena dipaksa: inilah prinsip "
                    "non-penghukuman. Mengidentifikasi mereka sejak dini melindungi mereka, dan mereka sering menjadi saksi terbaik "
                    "terhadap para pengendali.</p>"
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Bukti digital: kuis akhir",
        "intro": "Enam pertanyaan tentang keempat pelajaran. Anda perlu 80% untuk lulus, dan Anda memiliki tiga kesempatan.",
        "questions": [
            {
                "text": "Saat penggerebekan, Anda menemukan ponsel menyala dan tidak terkunci di atas meja. Apa yang Anda lakukan pertama kali?",
                "explanation": "Dokumentasikan tempat kejadian, jaga ponsel tetap berdaya, putuskan dari jaringan, dan serahkan pemeriksaan kepada pemeriksa forensik.",
                "choices": [
                    (
                        "Memotretnya di tempatnya, lalu menjaganya tetap berdaya dan memutusnya dari jaringan",
                        "Benar: ini mengamankan data dan mencegah penghapusan jarak jauh.",
                    ),
                    (
                        "Menggulir obrolannya untuk mencari nama bos",
                        "Bukan: membuka-buka mengubah data dan dapat membuat bukti tidak dapat diterima.",
                    ),
                    (
                        "Mematikannya untuk menghemat baterai",
                        "Bukan: mematikan ponsel dapat menguncinya di balik enkripsi dan menghilangkan data di memori.",
                    ),
                ],
            },
            {
                "text": "Jika seorang pekerja memberikan kode sandi ponselnya secara sukarela, Anda mencatatnya persis, beserta siapa yang memberikan dan kapan.",
                "explanation": "Kode sandi yang diberikan secara sah dapat menghemat kerja pemeriksa berminggu-minggu, dan harus didokumentasikan.",
                "choices": [
                    ("Benar", "Tepat: tulis persis, beserta keadaannya, sesuai ketentuan hukum Anda."),
                    (
                        "Salah",
                        "Tidak demikian: kode sandi yang diberikan secara sah harus dicatat beserta siapa yang memberikan dan kapan.",
                    ),
                ],
            },
            {
                "text": "Rincian mana yang termasuk dalam catatan barang bukti ponsel yang disita? Pilih semua yang sesuai.",
                "explanation": "Catatan menguraikan barang bukti dan setiap tangan yang dilaluinya, bukan pendapat tentang perkara.",
                "choices": [
                    ("Tanggal, waktu, dan tempat penyitaan", "Ya: ini awal rantai pengawasan."),
                    ("Nomor IMEI atau nomor seri, jika terlihat", "Ya: ini mengidentifikasi perangkat secara tepat."),
                    (
                        "Setiap perpindahan ponsel berikutnya, dengan tanda tangan",
                        "Ya: setiap perpindahan adalah satu mata rantai.",
                    ),
                    (
                        "Pendapat petugas tentang kesalahan tersangka",
                        "Bukan: catatan menguraikan barang bukti dan penanganannya, bukan pendapat.",
                    ),
                ],
            },
            {
                "text": "Apa artinya bila nilai hash salinan forensik sama dengan nilai hash aslinya?",
                "explanation": "Nilai hash yang sama menunjukkan bahwa salinan identik dengan aslinya, bit demi bit.",
                "choices": [
                    ("Salinan identik dengan aslinya", "Benar."),
                    ("Salinan telah dienkripsi", "Bukan: hash tidak mengenkripsi apa pun."),
                    ("Perangkat tidak berisi berkas yang dihapus", "Bukan: hash tidak mengatakan apa pun tentang isi data."),
                ],
            },
            {
                "text": "Seorang korban mungkin masih ditahan di kompleks, dan pesannya ada di platform media sosial asing. Apa langkah sah yang paling cepat?",
                "explanation": "Nyawa yang terancam membenarkan prosedur darurat penyedia terlebih dahulu; permintaan resmi menyusul untuk pembuktian.",
                "choices": [
                    (
                        "Menggunakan prosedur pengungkapan darurat penyedia dan menghubungi negara itu melalui NCB INTERPOL atau ERN",
                        "Benar: segera bertindak melalui saluran darurat.",
                    ),
                    (
                        "Menunggu jawaban atas permintaan bantuan hukum timbal balik",
                        "Permintaan resmi tetap diperlukan untuk pembuktian, tetapi terlalu lambat ketika nyawa terancam.",
                    ),
                    (
                        "Meminta tersangka masuk ke akunnya dan menunjukkan pesannya",
                        "Bukan: cara ini tidak andal dan mungkin melanggar hukum.",
                    ),
                ],
            },
            {
                "text": "Manakah yang menunjukkan bahwa seorang “penipu” yang ditangkap di kompleks mungkin korban perdagangan orang?",
                "explanation": "Dokumen yang disita dan denda karena target tidak tercapai adalah indikator utama kejahatan paksa.",
                "choices": [
                    (
                        "Paspornya diambil saat tiba dan ia didenda bila tidak mencapai target",
                        "Benar: ini indikator perdagangan orang.",
                    ),
                    (
                        "Ia menguasai beberapa bahasa",
                        "Kemampuan bahasa adalah alasan perekrut menyasar lulusan perguruan tinggi; dengan sendirinya tidak menunjukkan apa pun.",
                    ),
                    (
                        "Ia menggunakan beberapa aplikasi obrolan",
                        "Semua orang di kompleks melakukannya; dengan sendirinya ini bukan indikator.",
                    ),
                ],
            },
        ],
    },
    "seizure_checklist": {
        "title": "Daftar periksa penyitaan bukti digital",
        "intro": "Bawa lembar ini saat penggerebekan atau penyelamatan. Centang setiap langkah begitu Anda melakukannya, dan simpan lembar ini bersama catatan barang bukti.",
        "fields": ["Nomor barang bukti", "Petugas yang menyita (nama, pangkat, satuan)", "Tanggal, waktu, dan tempat penyitaan"],
        "steps": [
            "Foto TKP dan setiap perangkat di tempat ditemukan, beserta layarnya.",
            "Catat siapa yang menggunakan perangkat, merek, model, dan warnanya, serta apakah menyala, mati, terkunci, atau sedang diisi daya.",
            "Jangan membuka-buka: jangan menggulir pesan, membuka aplikasi, atau mencoba kode sandi.",
            "Ponsel menyala: biarkan menyala dan terisi daya, lalu putuskan dari jaringan (kantong Faraday, atau mode pesawat tanpa membuka-buka).",
            "Ponsel mati: biarkan tetap mati.",
            "Kode sandi yang diberikan secara sukarela dan sah: catat persis, beserta siapa yang memberikannya dan kapan.",
            "Sita kartu SIM, kartu memori, pengisi daya, kabel, dan buku catatan berisi kata sandi atau naskah penipuan.",
            "Komputer yang menyala: biarkan ahli merekam isi memorinya; jika tidak ada, foto layarnya lalu cabut kabel dayanya.",
            "Masukkan setiap perangkat ke dalam kantong anti-rusak tersendiri, segel, dan tulis nomor barang bukti pada segel.",
            "Mulai catatan rantai pengawasan, dan pastikan setiap serah terima ditandatangani.",
        ],
        "signature": "Tanda tangan",
    },
}

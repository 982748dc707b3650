from courses.demo_content.blocks import case, checklist, download, figure, h, key, p, term
from courses.demo_content.media import CHAIN_OF_CUSTODY_DIAGRAM, SEIZURE_CHECKLIST

CONTENT = {
    "title": "Digital na ebidensya para sa imbestigasyon ng human trafficking",
    "summary": (
        "Paano kumpiskahin, idokumento, pangalagaan at hilingin ang digital na ebidensyang nagpapatunay ng trafficking para sa "
        "sapilitang krimen sa mga scam compound, mula sa unang minuto ng raid hanggang sa paghiling ng datos na nasa ibang bansa."
    ),
    "outcomes": [
        "Ma-secure ang mga cellphone, computer at iba pang device sa scam compound nang hindi nawawala o nababago ang datos",
        "Mapanatili ang chain of custody na tatanggapin ng hukuman",
        "Maipaliwanag ang forensic copy at hash value, at masuri kung kapareho ng kopya ang orihinal",
        "Mahiling sa mga online service provider, dito at sa ibang bansa, na pangalagaan at ibigay ang datos",
        "Makilala ang mga palatandaan na ang isang suspek ay maaaring biktima ng trafficking",
    ],
    "lessons": [
        {
            "title": "Unang pagtugon: pag-secure ng mga device sa pinangyarihan",
            "summary": "Ang dapat at hindi dapat gawin sa mga cellphone at computer sa mga unang minuto ng raid o rescue.",
            "body": [
                p(
                    "<p>Sa scam compound, ang ebidensya ng krimen (mga script, pekeng profile, chat sa mga biktima ng panloloko, talaan "
                    "ng bayad at utos ng mga amo) ay kadalasang nasa cellphone at computer. Madali itong masira: maaari itong burahin "
                    "mula sa malayo, ma-lock ng timer, o mabago ng pulis na may mabuting hangarin pero nagbukas-bukas ng cellphone.</p>"
                ),
                h("Bago hawakan ang device"),
                p(
                    "<ol><li>Kunan ng litrato ang pinangyarihan at bawat device kung saan ito natagpuan, kasama ang screen.</li>"
                    "<li>Itala kung sino ang gumagamit ng device, ang brand, model at kulay nito, at kung ito ay bukas, patay, naka-lock o nagcha-charge.</li>"
                    "<li>Magsuot ng guwantes kung maaaring may fingerprint o DNA din ang device.</li></ol>"
                ),
                key(
                    "Huwag magbukas-bukas",
                    "<p>Huwag kailanman mag-scroll ng mensahe, magbukas ng app o sumubok ng passcode sa nakumpiskang device. Bawat pindot "
                    "ay nagbabago ng datos at maaaring kuwestiyunin sa hukuman. Ipaubaya ang pagsusuri sa sanay na digital forensic "
                    "examiner na may wastong kagamitan.</p>",
                ),
                h("Mga cellphone at tablet"),
                p(
                    "<ul><li>Kung <b>bukas</b> ang cellphone, panatilihin itong bukas at naka-charge (nakatutulong ang power bank) at "
                    "putulin ang koneksyon nito sa network: airplane mode kung magagawa nang hindi nagbubukas-bukas, o Faraday bag. "
                    "Pinipigilan nito ang pagbura mula sa malayo.</li>"
                    "<li>Kung <b>patay</b>, hayaan itong patay.</li>"
                    "<li>Kung kusang-loob at ayon sa batas na ibinigay ng isang tao ang passcode o pattern, isulat ito nang eksakto, kasama kung sino ang nagbigay at kailan.</li>"
                    "<li>Kumpiskahin ang mga SIM card, memory card, charger at kable, at mga kuwaderno na may password o script.</li></ul>"
                ),
                h("Mga computer at kagamitan sa network"),
                p(
                    "<p>Ang computer na bukas ay maaaring may ebidensyang nasa memorya lamang: mga bukas na chat, encryption key, crypto "
                    "wallet. Kung may espesyalista, hayaan muna silang kunin ang laman ng memorya. Kung wala, kunan ng litrato ang "
                    "screen, saka hugutin ang kable ng kuryente sa likod ng desktop sa halip na gamitin ang shutdown menu. Kumpiskahin "
                    "din ang mga router at kagamitan sa Wi-Fi: maaaring iugnay ng kanilang mga log ang mga device sa compound.</p>"
                ),
                download(
                    SEIZURE_CHECKLIST,
                    "Checklist sa pagkumpiska ng digital na ebidensya",
                    "Isang-pahinang checklist ng mga hakbang sa unang pagtugon sa araling ito, para i-print at dalhin sa raid o rescue, na may puwang para sa numero ng ebidensya at sa iyong lagda.",
                ),
                case(
                    "Dalawang daang cellphone sa iisang gusali",
                    "<p>Pumasok ang mga pulis sa isang compound kung saan mga 200 manggagawa ang nakaupo sa mesa, may tig-dalawa o "
                    "tatlong cellphone. Sumisigaw ang ilan na nilinlang sila para pumunta at gusto na nilang umuwi.</p>",
                    "<ul><li>Paano mo paghihiwalayin ang mga cellphone ng bawat manggagawa at matitiyak kung kanino ang bawat isa?</li>"
                    "<li>Kaninong mga cellphone ang maaaring may ebidensya na ang mga manggagawa mismo ay biktima?</li></ul>",
                    "<p>Ibalot at lagyan ng label ang mga device bawat tao at bawat mesa, na may litrato ng bawat upuan. Ituring ang mga "
                    "manggagawa na posibleng biktima: ang kanilang personal na cellphone ay maaaring may job ad, mensahe ng recruiter at "
                    "mga banta ng compound, na ebidensya ng trafficking. Ipaliwanag ang iyong ginagawa sa wikang nauunawaan nila.</p>",
                ),
                term(
                    "Faraday bag",
                    "Lalagyang may panangga na humaharang sa signal ng mobile, Wi-Fi at Bluetooth, upang hindi mabura o mabago mula sa malayo ang nakumpiskang device.",
                ),
            ],
        },
        {
            "title": "Chain of custody",
            "summary": "Pagtatala ng bawat kamay na dinaanan ng ebidensya, upang mapagkatiwalaan ito ng hukuman.",
            "body": [
                p(
                    "<p>Ang chain of custody ay ang nakasulat na talaan kung sino ang kumuha ng ebidensya, kailan at saan, at ng lahat ng "
                    "humawak nito mula noon. Kung may kulang na kawing, maaaring ipangatwiran ng depensa na binago, pinalitan o itinanim "
                    "ang ebidensya, at maaaring hindi ito tanggapin ng hukuman.</p>"
                ),
                figure(
                    CHAIN_OF_CUSTODY_DIAGRAM,
                    "Chain of custody, limang hakbang: 1 Pinangyarihan (kumpiska at litrato), 2 Label at selyo (numero ng ebidensya sa selyo), 3 Imbakan ng ebidensya (talaan ng labas-pasok), 4 Forensic lab (kopya at hash), 5 Hukuman. May lagda ang bawat paglilipat.",
                    "Mula sa pinangyarihan hanggang sa hukuman, itinatala at nilalagdaan ang bawat paglilipat ng ebidensya.",
                ),
                checklist(
                    "Ang laman ng bawat talaan ng ebidensya",
                    "Itala ang mga detalyeng ito sa mismong oras ng pagkumpiska, hindi sa bandang huli mula sa alaala.",
                    [
                        "Natatanging numero ng ebidensya, nakasulat din sa supot o label",
                        "Petsa, oras at eksaktong lugar ng pagkumpiska",
                        "Paglalarawan: uri, brand, model, kulay, at serial number o IMEI kung nakikita",
                        "Kalagayan ng device: bukas o patay, naka-lock, sira, antas ng baterya",
                        "Pangalan, ranggo at yunit ng pulis na kumumpiska, may lagda",
                        "Ang taong pinagkunan nito, kung alam",
                        "Bawat paglilipat pagkatapos: mula kanino, kanino, kailan at bakit, may mga lagda",
                    ],
                ),
                key(
                    "Selyuhan",
                    "<p>Ilagay ang bawat device sa sarili nitong tamper-evident na supot at selyuhan. Isulat ang numero ng ebidensya sa "
                    "selyo. Kung kailangang buksan ang selyo, halimbawa ng forensic examiner, itala kung sino ang nagbukas, kailan at "
                    "bakit, at muling selyuhan gamit ang bagong selyong may numero.</p>",
                ),
                h("Pag-iimbak at pagbibiyahe"),
                p(
                    "<p>Itago ang ebidensya sa nakakandadong imbakan na may talaan ng bawat paglabas at pagpasok. Ilayo ang mga device sa "
                    "init, halumigmig at magnet, at panatilihing nakakabit sa kuryente ang mga bukas na cellphone sa loob ng kanilang "
                    "may-panganggang supot. Kapag dadalhin ang ebidensya sa laboratoryo o sa ibang bansa, tuloy ang kadena: pipirma rin "
                    "ang tagadala at ang pulis na tatanggap.</p>"
                ),
                term(
                    "Ebidensya (exhibit)",
                    "Bagay na nakumpiska bilang posibleng ebidensya at binigyan ng natatanging numerong susunod dito hanggang sa hukuman.",
                ),
            ],
        },
        {
            "title": "Forensic copy at hash value",
            "summary": "Bakit sa kopya nagtatrabaho ang mga examiner, at paano pinatutunayan ng hash value na kapareho ng kopya ang orihinal.",
            "body": [
                p(
                    "<p>Iniiwasan ng mga examiner na suriin ang orihinal na device. Gumagawa sila ng forensic copy (image) ng storage "
                    "nito at doon nagtatrabaho, upang manatili ang orihinal gaya noong kinumpiska. Para sa computer at storage media, "
                    "pinipigilan ng write blocker ang copying tool na baguhin ang orihinal. Para sa cellphone, may mga espesyal na tool "
                    "na kumukuha ng datos sa iba't ibang paraan, mula sa logical extraction ng nakikitang nilalaman hanggang sa buong "
                    "file-system extraction.</p>"
                ),
                term(
                    "Hash value",
                    "Maikling code na kinukuwenta mula sa datos, halimbawa gamit ang SHA-256. Kung magbago kahit isang bit ng datos, ganap na magbabago ang hash value.",
                ),
                h("Paano pinoprotektahan ng hashing ang ebidensya"),
                p(
                    "<ol><li>Kinukuwenta ng examiner ang hash value ng orihinal, o ng datos na nakuha.</li>"
                    "<li>Ginagawa ang kopya at kinukuwenta ang hash value nito.</li>"
                    "<li>Kung magkapareho ang dalawang value, magkapareho ang kopya at orihinal. Isinusulat ang mga value sa ulat upang masuri ito ng sinuman sa ibang pagkakataon.</li></ol>"
                ),
                key(
                    "Gumamit ng matibay na algorithm",
                    "<p>Gumamit ng SHA-256 kung papayagan ng iyong mga tool. Makikita pa ang MD5 at SHA-1 sa mga lumang ulat, pero may "
                    "natuklasang kahinaan sa pareho. Isulat ang ginamit na algorithm sa tabi ng bawat hash value.</p>",
                ),
                case(
                    "Kopyang kinuwestiyon sa hukuman",
                    "<p>Sinasabi ng abogado ng depensa na idinagdag sa cellphone ng suspek ang mga chat na ginamit na ebidensya pagkatapos itong kumpiskahin.</p>",
                    "<p>Anong mga talaan ang magbibigay-daan sa prosekusyon na sagutin ang paratang na ito?</p>",
                    "<p>Ipinakikita ng talaan ng ebidensya at ng mga selyo na hindi binuksan ang cellphone bago ang pagsusuri. Nakasaad "
                    "sa ulat ng examiner ang extraction tool at bersyon nito, ang hash value ng extraction, at kung saan natagpuan ang "
                    "mga mensahe. Makukuwenta ng ikalawang examiner ang hash ng parehong extraction at makukuha ang parehong value.</p>",
                ),
                term(
                    "Write blocker",
                    "Device o program na nagpapahintulot na mabasa ang datos mula sa storage media habang pinipigilan ang anumang pagbabago rito.",
                ),
            ],
        },
        {
            "title": "Datos na nasa online, at mga palatandaan ng sapilitang krimen",
            "summary": "Paghiling na pangalagaan at ibigay ang datos mula sa service provider at ibang bansa, at pagkilala sa mga biktima sa gitna ng mga suspek.",
            "body": [
                p(
                    "<p>Karamihan ng ebidensya ay wala talaga sa device. Hawak ito ng messaging app, social media, email at cloud service, "
                    "exchange at payment provider, kadalasan sa ibang bansa. Limitadong panahon lamang itinatago ng mga provider ang "
                    "datos, kaya kumilos nang maaga.</p>"
                ),
                h("Pangalagaan muna, saka humiling"),
                p(
                    "<ul><li><b>Preservation request:</b> hilingin sa provider na itago ang datos ng tiyak na account habang kumukuha ka "
                    "ng legal na kautusan. Maraming malalaking provider ang tumatanggap nito mula sa mga awtoridad sa pamamagitan ng online portal.</li>"
                    "<li><b>Emergency disclosure:</b> kapag nanganganib ang buhay, halimbawa may biktimang nakakulong pa sa compound, "
                    "karamihan ng provider ay may emergency na proseso.</li>"
                    "<li><b>Pormal na kahilingan:</b> para sa nilalaman, gamitin ang legal na prosesong hinihingi ng inyong batas. Para "
                    "sa datos na nasa ibang bansa, madalas itong nangangahulugan ng mutual legal assistance (MLA); pinag-uugnay ng ASEAN "
                    "Treaty on Mutual Legal Assistance in Criminal Matters ang lahat ng kasaping bansa ng ASEAN.</li>"
                    "<li><b>Ugnayang pulis sa pulis:</b> tinutulungan ka ng INTERPOL National Central Bureau at ng iyong mga kontak sa ERN "
                    "na mabilis mahanap ang tamang katapat at magbahagi ng intelihensya habang inihahanda ang pormal na kahilingan.</li></ul>"
                ),
                key(
                    "Tukuyin nang eksakto ang account",
                    "<p>Kasinghusay lamang ng mga identifier nito ang isang kahilingan: numero ng telepono na may country code, username, "
                    "link ng profile, email address, wallet address, at ang panahong kailangan mo, kasama ang time zone.</p>",
                ),
                checklist(
                    "Mga palatandaan na ang suspek ay maaaring biktima ng trafficking",
                    "Hanapin ang mga ito sa device, chat at interbyu. Sapat na ang isa upang magtanong pa; kapag marami, kailangan ang "
                    "proseso ng pagkilala sa biktima.",
                    [
                        "Na-recruit sa online na job ad na nangangako ng malaking sahod para sa madaling trabaho sa ibang bansa",
                        "Ang biyahe, visa at tiket ay inayos at binayaran ng recruiter",
                        "Kinuha ang pasaporte o ID pagdating",
                        "Hindi malayang umalis: may guwardiya, pader, nakakandadong pinto",
                        "Utang sa biyahe, pagkain o “training” na patuloy na lumalaki dahil sa multa",
                        "Pinipilit abutin ang araw-araw na quota ng scam message o deposito, at pinaparusahan kapag hindi naabot",
                        "Mga banta, pambubugbog, o pagbebenta sa ibang compound",
                        "Mga mensahe sa pamilya o kaibigan na humihingi ng tulong o pantubos",
                    ],
                    "Batay sa UNODC, Key indicators of trafficking in persons for forced criminality to commit cyber-enabled crimes (2023)",
                ),
                p(
                    "<p>Hindi dapat parusahan ang mga biktima ng trafficking sa mga krimeng pinilit silang gawin: ito ang prinsipyo ng "
                    "non-punishment. Ang maagang pagkilala sa kanila ay nagpoprotekta sa kanila, at madalas sila ang pinakamahusay na "
                    "saksi laban sa mga nag-oorganisa.</p>"
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Digital na ebidensya: huling pagsusulit",
        "intro": "Anim na tanong tungkol sa apat na aralin. Kailangan mo ng 80% para pumasa, at may tatlo kang pagkakataon.",
        "questions": [
            {
                "text": "Sa isang raid, may nakita kang cellphone na bukas at hindi naka-lock sa mesa. Ano ang una mong gagawin?",
                "explanation": "Idokumento ang pinangyarihan, panatilihing may kuryente ang cellphone, ihiwalay ito sa network, at ipaubaya ang pagsusuri sa forensic examiner.",
                "choices": [
                    (
                        "Kunan ito ng litrato kung nasaan ito, saka panatilihing may kuryente at putulin ang koneksyon sa network",
                        "Tama: napapangalagaan nito ang datos at napipigilan ang pagbura mula sa malayo.",
                    ),
                    (
                        "Mag-scroll sa mga chat nito para hanapin ang pangalan ng mga amo",
                        "Hindi: binabago ng pagbubukas-bukas ang datos at maaaring hindi na tanggapin ang ebidensya.",
                    ),
                    (
                        "Patayin ito para makatipid sa baterya",
                        "Hindi: maaaring ma-lock ang cellphone sa encryption at mawala ang datos na nasa memorya.",
                    ),
                ],
            },
            {
                "text": "Kung kusang-loob na ibinigay ng isang manggagawa ang passcode ng kanyang cellphone, itatala mo ito nang eksakto, kasama kung sino ang nagbigay at kailan.",
                "explanation": "Makatitipid ng ilang linggong trabaho ng examiner ang passcode na ibinigay ayon sa batas, at dapat itong idokumento.",
                "choices": [
                    ("Tama", "Oo: isulat ito nang eksakto, kasama ang mga pangyayari, ayon sa hinihingi ng batas."),
                    (
                        "Mali",
                        "Hindi ganoon: dapat itala ang passcode na ibinigay ayon sa batas, kasama kung sino ang nagbigay at kailan.",
                    ),
                ],
            },
            {
                "text": "Aling mga detalye ang kabilang sa talaan ng ebidensya ng nakumpiskang cellphone? Piliin ang lahat ng angkop.",
                "explanation": "Inilalarawan ng talaan ang ebidensya at bawat kamay na dinaanan nito, hindi ang mga opinyon tungkol sa kaso.",
                "choices": [
                    ("Petsa, oras at lugar ng pagkumpiska", "Oo: dito nagsisimula ang chain of custody."),
                    ("Ang IMEI o serial number, kung nakikita", "Oo: tinutukoy nito ang eksaktong device."),
                    (
                        "Bawat paglilipat ng cellphone pagkatapos, may mga lagda",
                        "Oo: bawat paglilipat ay isang kawing ng kadena.",
                    ),
                    (
                        "Ang opinyon ng pulis tungkol sa pagkakasala ng suspek",
                        "Hindi: inilalarawan ng talaan ang ebidensya at ang paghawak dito, hindi mga opinyon.",
                    ),
                ],
            },
            {
                "text": "Ano ang ibig sabihin kapag magkapareho ang hash value ng forensic copy at ng orihinal?",
                "explanation": "Ipinakikita ng magkaparehong hash value na kapareho ng orihinal ang kopya, bit por bit.",
                "choices": [
                    ("Kapareho ng orihinal ang kopya", "Tama."),
                    ("Na-encrypt ang kopya", "Hindi: walang ine-encrypt ang hashing."),
                    ("Walang binurang file ang device", "Hindi: walang sinasabi ang hash tungkol sa laman ng datos."),
                ],
            },
            {
                "text": "Maaaring nakakulong pa sa compound ang isang biktima, at nasa isang dayuhang social media platform ang kanyang mga mensahe. Ano ang pinakamabilis na legal na hakbang?",
                "explanation": "Dahil nanganganib ang buhay, makatwirang unahin ang emergency na proseso ng provider; susunod ang pormal na kahilingan para sa ebidensya.",
                "choices": [
                    (
                        "Gamitin ang emergency disclosure ng provider at makipag-ugnayan sa bansang iyon sa pamamagitan ng INTERPOL NCB o ng ERN",
                        "Tama: kumilos agad sa mga emergency na daluyan.",
                    ),
                    (
                        "Hintayin ang sagot sa kahilingan para sa mutual legal assistance",
                        "Kailangan pa rin ang pormal na kahilingan para sa ebidensya, pero masyadong mabagal ito kapag nanganganib ang buhay.",
                    ),
                    (
                        "Pakiusapan ang suspek na mag-log in at ipakita sa iyo ang mga mensahe",
                        "Hindi: hindi ito maaasahan at maaaring labag sa batas.",
                    ),
                ],
            },
            {
                "text": "Alin dito ang nagpapahiwatig na ang isang “scammer” na nahuli sa compound ay maaaring biktima ng trafficking?",
                "explanation": "Ang kinumpiskang dokumento at multa kapag hindi naabot ang quota ay pangunahing palatandaan ng sapilitang krimen.",
                "choices": [
                    (
                        "Kinuha ang kanyang pasaporte pagdating at minumultahan siya kapag hindi naabot ang quota",
                        "Tama: mga palatandaan ito ng trafficking.",
                    ),
                    (
                        "Marunong siya ng ilang wika",
                        "Kaya pinupuntirya ng mga recruiter ang mga nagtapos ay dahil sa husay sa wika; mag-isa, wala itong ipinahihiwatig.",
                    ),
                    ("Gumamit siya ng ilang chat app", "Ginagawa ito ng lahat sa compound; mag-isa, hindi ito palatandaan."),
                ],
            },
        ],
    },
    "seizure_checklist": {
        "title": "Checklist sa pagkumpiska ng digital na ebidensya",
        "intro": "Dalhin ang papel na ito sa raid o rescue. Lagyan ng tsek ang bawat hakbang kapag nagawa mo na, at itago ang papel kasama ng talaan ng ebidensya.",
        "fields": ["Numero ng ebidensya", "Pulis na kumumpiska (pangalan, ranggo, yunit)", "Petsa, oras at lugar ng pagkumpiska"],
        "steps": [
            "Kunan ng litrato ang pinangyarihan at ang bawat device kung saan ito natagpuan, kasama ang screen nito.",
            "Itala kung sino ang gumagamit ng device, ang brand, model at kulay nito, at kung ito ay bukas, patay, naka-lock o nagcha-charge.",
            "Huwag magbukas-bukas: huwag mag-scroll ng mensahe, magbukas ng app o sumubok ng passcode.",
            "Bukas na cellphone: panatilihing bukas at naka-charge, at putulin ang koneksyon sa network (Faraday bag, o airplane mode nang hindi nagbubukas-bukas).",
            "Patay na cellphone: hayaan itong patay.",
            "Passcode na ibinigay nang kusang-loob at ayon sa batas: isulat nang eksakto, kasama kung sino ang nagbigay at kailan.",
            "Kumpiskahin ang mga SIM card, memory card, charger, kable at notebook na may password o script.",
            "Bukas na computer: hayaan ang espesyalista na kopyahin ang memory nito; kung wala, kunan ng litrato ang screen at hugutin ang kable ng kuryente.",
            "Ilagay ang bawat device sa sarili nitong tamper-evident na supot, selyuhan ito at isulat ang numero ng ebidensya sa selyo.",
            "Simulan ang talaan ng chain of custody, at tiyaking may lagda ang bawat paglilipat.",
        ],
        "signature": "Lagda",
    },
}

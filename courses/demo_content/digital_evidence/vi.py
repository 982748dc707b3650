from courses.demo_content.blocks import case, checklist, download, figure, h, key, p, term
from courses.demo_content.media import CHAIN_OF_CUSTODY_DIAGRAM, SEIZURE_CHECKLIST

CONTENT = {
    "title": "Chứng cứ điện tử trong điều tra mua bán người",
    "summary": (
        "Cách thu giữ, ghi nhận, bảo quản và yêu cầu cung cấp chứng cứ điện tử chứng minh hành vi mua bán người để cưỡng bức "
        "phạm tội tại các khu lừa đảo trực tuyến, từ những phút đầu của cuộc khám xét đến yêu cầu cung cấp dữ liệu lưu giữ ở nước ngoài."
    ),
    "outcomes": [
        "Bảo vệ điện thoại, máy tính và các thiết bị khác tại khu lừa đảo mà không làm mất hoặc thay đổi dữ liệu",
        "Duy trì chuỗi lưu giữ vật chứng được tòa án chấp nhận",
        "Giải thích bản sao pháp y và giá trị băm, và kiểm tra bản sao giống hệt bản gốc",
        "Yêu cầu nhà cung cấp dịch vụ trực tuyến trong và ngoài nước bảo quản và cung cấp dữ liệu",
        "Nhận biết dấu hiệu cho thấy một nghi phạm có thể là nạn nhân mua bán người",
    ],
    "lessons": [
        {
            "title": "Xử lý ban đầu: bảo vệ thiết bị tại hiện trường",
            "summary": "Những việc nên làm và không nên làm với điện thoại và máy tính trong những phút đầu của cuộc khám xét hoặc giải cứu.",
            "body": [
                p(
                    "<p>Tại khu lừa đảo, chứng cứ phạm tội (kịch bản lừa đảo, tài khoản giả, tin nhắn với nạn nhân bị lừa, chứng từ "
                    "chuyển tiền và chỉ đạo của kẻ cầm đầu) phần lớn nằm trong điện thoại và máy tính. Chứng cứ này rất dễ mất: có thể "
                    "bị xóa từ xa, bị khóa theo hẹn giờ, hoặc bị thay đổi bởi một cán bộ có thiện ý nhưng lại mở xem điện thoại.</p>"
                ),
                h("Trước khi chạm vào thiết bị"),
                p(
                    "<ol><li>Chụp ảnh hiện trường và từng thiết bị tại vị trí phát hiện, kể cả màn hình.</li>"
                    "<li>Ghi lại ai đang sử dụng thiết bị, hãng, kiểu máy, màu sắc, và tình trạng đang bật, tắt, khóa hay đang sạc.</li>"
                    "<li>Đeo găng tay nếu thiết bị có thể còn dấu vân tay hoặc ADN.</li></ol>"
                ),
                key(
                    "Không mở xem",
                    "<p>Tuyệt đối không lướt tin nhắn, mở ứng dụng hay thử mật khẩu trên thiết bị đã thu giữ. Mỗi lần chạm đều làm "
                    "thay đổi dữ liệu và có thể bị phản bác tại tòa. Hãy để giám định viên kỹ thuật số được đào tạo, có công cụ phù "
                    "hợp thực hiện việc kiểm tra.</p>",
                ),
                h("Điện thoại và máy tính bảng"),
                p(
                    "<ul><li>Nếu điện thoại <b>đang bật</b>, giữ nguyên trạng thái bật và sạc pin (sạc dự phòng rất hữu ích), đồng thời "
                    "ngắt kết nối mạng: bật chế độ máy bay nếu làm được mà không phải mở xem, hoặc cho vào túi Faraday. Việc này ngăn "
                    "xóa dữ liệu từ xa.</li>"
                    "<li>Nếu điện thoại <b>đang tắt</b>, để nguyên trạng thái tắt.</li>"
                    "<li>Nếu một người tự nguyện và hợp pháp cung cấp mật khẩu hoặc hình mở khóa, ghi lại chính xác, kèm theo người cung cấp và thời điểm.</li>"
                    "<li>Thu giữ thẻ SIM, thẻ nhớ, bộ sạc và dây cáp, cùng sổ ghi chép có mật khẩu hoặc kịch bản.</li></ul>"
                ),
                h("Máy tính và thiết bị mạng"),
                p(
                    "<p>Máy tính đang chạy có thể chỉ lưu chứng cứ trong bộ nhớ: cuộc trò chuyện đang mở, khóa mã hóa, ví tiền mã hóa. "
                    "Nếu có chuyên gia, hãy để họ thu bộ nhớ trước. Nếu không, chụp ảnh màn hình rồi rút dây nguồn phía sau máy tính để "
                    "bàn thay vì dùng lệnh tắt máy. Thu giữ cả bộ định tuyến và thiết bị Wi-Fi: nhật ký của chúng có thể liên kết thiết "
                    "bị với khu lừa đảo.</p>"
                ),
                download(
                    SEIZURE_CHECKLIST,
                    "Danh mục kiểm tra khi thu giữ chứng cứ điện tử",
                    "Danh mục kiểm tra một trang gồm các bước xử lý ban đầu trong bài này, để in ra và mang theo khi khám xét hoặc giải cứu, có chỗ ghi số hiệu vật chứng và chữ ký của bạn.",
                ),
                case(
                    "Hai trăm chiếc điện thoại trong một tòa nhà",
                    "<p>Lực lượng chức năng vào một khu có khoảng 200 người ngồi tại bàn, mỗi người có hai hoặc ba điện thoại. Một số "
                    "người kêu lên rằng họ bị lừa đến đây và muốn về nhà.</p>",
                    "<ul><li>Làm thế nào để tách riêng điện thoại của từng người và xác định được chủ sở hữu?</li>"
                    "<li>Điện thoại của ai có thể chứa chứng cứ cho thấy chính những người làm việc đó là nạn nhân?</li></ul>",
                    "<p>Niêm phong và dán nhãn thiết bị theo từng người và từng bàn, kèm ảnh chụp mỗi chỗ ngồi. Đối xử với những người "
                    "này như nạn nhân tiềm năng: điện thoại cá nhân của họ có thể chứa tin tuyển dụng, tin nhắn của kẻ tuyển mộ và lời "
                    "đe dọa của khu lừa đảo, đều là chứng cứ mua bán người. Giải thích việc mình đang làm bằng ngôn ngữ họ hiểu.</p>",
                ),
                term(
                    "Túi Faraday",
                    "Túi có lớp chắn chặn tín hiệu di động, Wi-Fi và Bluetooth, để thiết bị đã thu giữ không bị xóa hoặc thay đổi dữ liệu từ xa.",
                ),
            ],
        },
        {
            "title": "Chuỗi lưu giữ vật chứng",
            "summary": "Ghi lại mọi người đã nắm giữ vật chứng, để tòa án có thể tin cậy.",
            "body": [
                p(
                    "<p>Chuỗi lưu giữ vật chứng là văn bản ghi nhận ai đã thu thập vật chứng, khi nào, ở đâu, và tất cả những người đã "
                    "nắm giữ nó kể từ đó. Nếu thiếu một mắt xích, bên bào chữa có thể cho rằng chứng cứ đã bị sửa đổi, đánh tráo hoặc "
                    "cài vào, và tòa án có thể không chấp nhận.</p>"
                ),
                figure(
                    CHAIN_OF_CUSTODY_DIAGRAM,
                    "Chuỗi lưu giữ vật chứng, 5 bước: 1 Hiện trường (thu giữ, chụp ảnh), 2 Dán nhãn, niêm phong (số hiệu vật chứng trên niêm phong), 3 Kho vật chứng (sổ nhập xuất), 4 Phòng giám định (sao chép, tính giá trị băm), 5 Tòa án. Mỗi lần bàn giao đều có chữ ký.",
                    "Từ hiện trường đến tòa án, mọi lần bàn giao vật chứng đều được ghi lại và ký nhận.",
                ),
                checklist(
                    "Nội dung của mỗi biên bản vật chứng",
                    "Ghi các thông tin này ngay khi thu giữ, không ghi lại sau từ trí nhớ.",
                    [
                        "Số hiệu vật chứng duy nhất, cũng được ghi trên túi hoặc nhãn",
                        "Ngày, giờ và địa điểm thu giữ chính xác",
                        "Mô tả: loại, hãng, kiểu máy, màu sắc, số sê-ri hoặc IMEI nếu nhìn thấy",
                        "Tình trạng thiết bị: bật hay tắt, đã khóa, hư hỏng, mức pin",
                        "Họ tên, cấp bậc và đơn vị của cán bộ thu giữ, có chữ ký",
                        "Người bị thu giữ thiết bị, nếu biết",
                        "Mỗi lần bàn giao sau đó: từ ai, cho ai, khi nào và vì sao, có chữ ký",
                    ],
                ),
                key(
                    "Niêm phong",
                    "<p>Cho mỗi thiết bị vào một túi niêm phong chống mở riêng và niêm phong lại. Ghi số hiệu vật chứng lên niêm phong. "
                    "Nếu phải mở niêm phong, ví dụ do giám định viên, ghi lại ai mở, khi nào và vì sao, rồi niêm phong lại bằng niêm "
                    "phong mới có số hiệu.</p>",
                ),
                h("Bảo quản và vận chuyển"),
                p(
                    "<p>Cất giữ vật chứng trong kho có khóa, có sổ ghi mọi lần nhập, xuất. Bảo vệ thiết bị khỏi nhiệt, ẩm và nam châm, "
                    "và giữ điện thoại đang bật được cắm sạc bên trong túi chắn sóng. Khi vật chứng được chuyển đến phòng giám định hoặc "
                    "ra nước ngoài, chuỗi vẫn tiếp tục: người vận chuyển và cán bộ tiếp nhận cũng phải ký.</p>"
                ),
                term(
                    "Vật chứng",
                    "Đồ vật bị thu giữ vì có thể là chứng cứ, được gán một số hiệu duy nhất đi theo nó đến tận tòa án.",
                ),
            ],
        },
        {
            "title": "Bản sao pháp y và giá trị băm",
            "summary": "Vì sao giám định viên làm việc trên bản sao, và giá trị băm chứng minh bản sao giống hệt bản gốc như thế nào.",
            "body": [
                p(
                    "<p>Giám định viên tránh phân tích trên thiết bị gốc. Họ tạo bản sao pháp y (ảnh đĩa) của bộ nhớ lưu trữ và làm "
                    "việc trên bản sao đó, để bản gốc giữ nguyên như lúc thu giữ. Với máy tính và phương tiện lưu trữ, thiết bị chống "
                    "ghi ngăn công cụ sao chép làm thay đổi bản gốc. Với điện thoại, các công cụ chuyên dụng trích xuất dữ liệu theo "
                    "nhiều cách, từ trích xuất logic nội dung hiển thị đến trích xuất toàn bộ hệ thống tệp.</p>"
                ),
                term(
                    "Giá trị băm",
                    "Một mã ngắn được tính từ dữ liệu, ví dụ bằng SHA-256. Chỉ cần một bit dữ liệu thay đổi, giá trị băm sẽ thay đổi hoàn toàn.",
                ),
                h("Giá trị băm bảo vệ chứng cứ như thế nào"),
                p(
                    "<ol><li>Giám định viên tính giá trị băm của bản gốc, hoặc của dữ liệu đã trích xuất.</li>"
                    "<li>Tạo bản sao và tính giá trị băm của bản sao.</li>"
                    "<li>Nếu hai giá trị trùng nhau, bản sao giống hệt bản gốc. Các giá trị này được ghi vào kết luận giám định để bất kỳ ai cũng có thể kiểm tra lại sau này.</li></ol>"
                ),
                key(
                    "Dùng thuật toán đủ mạnh",
                    "<p>Dùng SHA-256 khi công cụ cho phép. MD5 và SHA-1 vẫn xuất hiện trong các báo cáo cũ, nhưng cả hai đều đã bị phát "
                    "hiện điểm yếu. Ghi tên thuật toán đã dùng bên cạnh mỗi giá trị băm.</p>",
                ),
                case(
                    "Bản sao bị phản bác tại tòa",
                    "<p>Luật sư bào chữa cho rằng các tin nhắn được dùng làm chứng cứ đã bị thêm vào điện thoại của bị can sau khi thu giữ.</p>",
                    "<p>Những hồ sơ nào giúp cơ quan công tố trả lời lập luận này?</p>",
                    "<p>Biên bản vật chứng và niêm phong cho thấy điện thoại không bị mở trước khi giám định. Kết luận giám định nêu rõ "
                    "công cụ trích xuất và phiên bản, giá trị băm của dữ liệu trích xuất, và vị trí tìm thấy tin nhắn. Một giám định viên "
                    "khác có thể tính giá trị băm của cùng dữ liệu đó và nhận được cùng một giá trị.</p>",
                ),
                term(
                    "Thiết bị chống ghi",
                    "Thiết bị hoặc phần mềm cho phép đọc dữ liệu từ phương tiện lưu trữ nhưng ngăn mọi thay đổi.",
                ),
            ],
        },
        {
            "title": "Dữ liệu lưu trữ trực tuyến và dấu hiệu cưỡng bức phạm tội",
            "summary": "Yêu cầu bảo quản và cung cấp dữ liệu từ nhà cung cấp dịch vụ và nước ngoài, và nhận diện nạn nhân trong số nghi phạm.",
            "body": [
                p(
                    "<p>Nhiều chứng cứ hoàn toàn không nằm trên thiết bị. Chúng được lưu giữ bởi ứng dụng nhắn tin, mạng xã hội, thư "
                    "điện tử và dịch vụ đám mây, sàn giao dịch và nhà cung cấp dịch vụ thanh toán, thường ở nước khác. Nhà cung cấp chỉ "
                    "lưu dữ liệu trong thời gian có hạn, vì vậy cần hành động sớm.</p>"
                ),
                h("Bảo quản trước, yêu cầu sau"),
                p(
                    "<ul><li><b>Yêu cầu bảo quản dữ liệu:</b> đề nghị nhà cung cấp giữ lại dữ liệu của các tài khoản cụ thể trong khi "
                    "bạn xin quyết định theo quy định pháp luật. Nhiều nhà cung cấp lớn nhận yêu cầu này từ cơ quan thực thi pháp luật "
                    "qua cổng trực tuyến.</li>"
                    "<li><b>Cung cấp khẩn cấp:</b> khi tính mạng bị đe dọa, ví dụ nạn nhân vẫn đang bị giam giữ, hầu hết nhà cung cấp có "
                    "thủ tục khẩn cấp.</li>"
                    "<li><b>Yêu cầu chính thức:</b> đối với nội dung liên lạc, áp dụng thủ tục mà pháp luật nước bạn quy định. Với dữ "
                    "liệu ở nước ngoài, điều này thường có nghĩa là tương trợ tư pháp về hình sự (MLA); Hiệp ước ASEAN về tương trợ tư "
                    "pháp trong các vấn đề hình sự kết nối tất cả các quốc gia thành viên ASEAN.</li>"
                    "<li><b>Kênh cảnh sát với cảnh sát:</b> Văn phòng Trung ương Quốc gia INTERPOL và đầu mối ERN giúp bạn nhanh chóng "
                    "tìm đúng đối tác và chia sẻ thông tin nghiệp vụ trong khi chuẩn bị yêu cầu chính thức.</li></ul>"
                ),
                key(
                    "Xác định tài khoản thật chính xác",
                    "<p>Một yêu cầu chỉ tốt bằng các thông tin định danh của nó: số điện thoại kèm mã quốc gia, tên người dùng, đường "
                    "dẫn trang cá nhân, địa chỉ thư điện tử, địa chỉ ví, và khoảng thời gian cần lấy, kèm múi giờ.</p>",
                ),
                checklist(
                    "Dấu hiệu cho thấy nghi phạm có thể là nạn nhân mua bán người",
                    "Tìm các dấu hiệu này trong thiết bị, tin nhắn và khi lấy lời khai. Chỉ một dấu hiệu đã là lý do để hỏi thêm; "
                    "nhiều dấu hiệu cùng lúc đòi hỏi thực hiện thủ tục xác định nạn nhân.",
                    [
                        "Được tuyển qua tin tuyển dụng trên mạng hứa hẹn lương cao cho công việc đơn giản ở nước ngoài",
                        "Việc đi lại, thị thực và vé do kẻ tuyển mộ sắp xếp và chi trả",
                        "Hộ chiếu hoặc giấy tờ tùy thân bị thu giữ khi đến nơi",
                        "Không được tự do rời đi: có bảo vệ, tường rào, cửa khóa",
                        "Khoản nợ tiền đi lại, ăn uống hay “đào tạo” ngày càng tăng vì bị phạt",
                        "Bị ép đạt chỉ tiêu tin nhắn lừa đảo hoặc tiền nạp hằng ngày, và bị trừng phạt nếu không đạt",
                        "Bị đe dọa, đánh đập hoặc bị bán sang khu khác",
                        "Tin nhắn gửi gia đình hoặc bạn bè cầu cứu hoặc xin tiền chuộc",
                    ],
                    "Dựa theo UNODC, Các dấu hiệu chính của mua bán người để cưỡng bức thực hiện tội phạm sử dụng công nghệ cao (2023)",
                ),
                p(
                    "<p>Nạn nhân bị mua bán không nên bị xử lý về những hành vi phạm tội mà họ bị ép buộc thực hiện: đó là nguyên tắc "
                    "không trừng phạt. Xác định họ sớm giúp bảo vệ họ, và họ thường là những nhân chứng tốt nhất để chống lại kẻ cầm đầu.</p>"
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Chứng cứ điện tử: bài kiểm tra cuối khóa",
        "intro": "Sáu câu hỏi về bốn bài học. Bạn cần đạt 80% để qua, và có ba lượt làm bài.",
        "questions": [
            {
                "text": "Trong khi khám xét, bạn thấy một điện thoại đang bật và không khóa trên bàn. Bạn làm gì trước tiên?",
                "explanation": "Ghi nhận hiện trường, giữ điện thoại có nguồn, ngắt kết nối mạng, và để giám định viên kiểm tra.",
                "choices": [
                    (
                        "Chụp ảnh tại vị trí phát hiện, rồi giữ nguồn điện và ngắt kết nối mạng",
                        "Đúng: cách này bảo toàn dữ liệu và ngăn xóa từ xa.",
                    ),
                    (
                        "Lướt xem tin nhắn để tìm tên kẻ cầm đầu",
                        "Sai: mở xem làm thay đổi dữ liệu và có thể khiến chứng cứ không được chấp nhận.",
                    ),
                    (
                        "Tắt máy để tiết kiệm pin",
                        "Sai: tắt máy có thể khiến điện thoại bị khóa bởi mã hóa và mất dữ liệu trong bộ nhớ.",
                    ),
                ],
            },
            {
                "text": "Nếu một người tự nguyện cung cấp mật khẩu điện thoại, bạn ghi lại chính xác, kèm theo người cung cấp và thời điểm.",
                "explanation": "Mật khẩu được cung cấp hợp pháp có thể tiết kiệm cho giám định viên nhiều tuần làm việc, và phải được ghi nhận.",
                "choices": [
                    ("Đúng", "Chính xác: ghi lại đầy đủ, kèm hoàn cảnh, theo quy định pháp luật."),
                    ("Sai", "Không phải vậy: mật khẩu được cung cấp hợp pháp cần được ghi lại kèm người cung cấp và thời điểm."),
                ],
            },
            {
                "text": "Những thông tin nào cần có trong biên bản vật chứng của một điện thoại bị thu giữ? Chọn tất cả các đáp án đúng.",
                "explanation": "Biên bản mô tả vật chứng và mọi người đã nắm giữ nó, không phải nhận định về vụ án.",
                "choices": [
                    ("Ngày, giờ và địa điểm thu giữ", "Đúng: đây là điểm bắt đầu của chuỗi lưu giữ."),
                    ("Số IMEI hoặc số sê-ri, nếu nhìn thấy", "Đúng: nó xác định chính xác thiết bị."),
                    ("Mỗi lần bàn giao điện thoại sau đó, có chữ ký", "Đúng: mỗi lần bàn giao là một mắt xích của chuỗi."),
                    (
                        "Nhận định của cán bộ về việc nghi phạm có tội hay không",
                        "Sai: biên bản mô tả vật chứng và việc quản lý nó, không ghi nhận định.",
                    ),
                ],
            },
            {
                "text": "Khi giá trị băm của bản sao pháp y trùng với giá trị băm của bản gốc, điều đó có nghĩa là gì?",
                "explanation": "Giá trị băm trùng nhau cho thấy bản sao giống hệt bản gốc đến từng bit.",
                "choices": [
                    ("Bản sao giống hệt bản gốc", "Đúng."),
                    ("Bản sao đã được mã hóa", "Sai: hàm băm không mã hóa gì cả."),
                    ("Thiết bị không có tệp nào bị xóa", "Sai: giá trị băm không cho biết gì về nội dung dữ liệu."),
                ],
            },
            {
                "text": "Một nạn nhân có thể vẫn đang bị giam giữ, và tin nhắn của họ nằm trên một nền tảng mạng xã hội nước ngoài. Bước hợp pháp nhanh nhất là gì?",
                "explanation": "Tính mạng bị đe dọa cho phép dùng thủ tục khẩn cấp của nhà cung cấp trước; yêu cầu chính thức theo sau để làm chứng cứ.",
                "choices": [
                    (
                        "Dùng thủ tục cung cấp khẩn cấp của nhà cung cấp và liên hệ nước đó qua NCB INTERPOL hoặc ERN",
                        "Đúng: hành động ngay qua các kênh khẩn cấp.",
                    ),
                    (
                        "Chờ trả lời yêu cầu tương trợ tư pháp",
                        "Vẫn cần yêu cầu chính thức để làm chứng cứ, nhưng quá chậm khi tính mạng bị đe dọa.",
                    ),
                    (
                        "Yêu cầu nghi phạm đăng nhập và cho bạn xem tin nhắn",
                        "Sai: cách này không đáng tin cậy và có thể trái pháp luật.",
                    ),
                ],
            },
            {
                "text": "Điều nào cho thấy một “kẻ lừa đảo” bị bắt tại khu lừa đảo có thể là nạn nhân mua bán người?",
                "explanation": "Bị thu giữ giấy tờ và bị phạt khi không đạt chỉ tiêu là những dấu hiệu chính của cưỡng bức phạm tội.",
                "choices": [
                    ("Hộ chiếu bị thu khi đến nơi và bị phạt khi không đạt chỉ tiêu", "Đúng: đây là dấu hiệu của mua bán người."),
                    (
                        "Biết nói nhiều thứ tiếng",
                        "Kỹ năng ngoại ngữ là lý do kẻ tuyển mộ nhắm vào người có bằng cấp; tự nó không nói lên điều gì.",
                    ),
                    ("Dùng nhiều ứng dụng nhắn tin", "Ai ở khu đó cũng vậy; tự nó không phải là dấu hiệu."),
                ],
            },
        ],
    },
    "seizure_checklist": {
        "title": "Danh mục kiểm tra khi thu giữ chứng cứ điện tử",
        "intro": "Mang tờ này theo khi khám xét hoặc giải cứu. Đánh dấu từng bước ngay khi làm xong, và lưu tờ này cùng biên bản vật chứng.",
        "fields": ["Số hiệu vật chứng", "Cán bộ thu giữ (họ tên, cấp bậc, đơn vị)", "Ngày, giờ và địa điểm thu giữ"],
        "steps": [
            "Chụp ảnh hiện trường và từng thiết bị tại vị trí phát hiện, kể cả màn hình.",
            "Ghi lại ai đang dùng thiết bị, hãng, kiểu máy, màu sắc, và thiết bị đang bật, tắt, khóa hay đang sạc.",
            "Không mở xem: không lướt tin nhắn, không mở ứng dụng, không thử mật khẩu.",
            "Điện thoại đang bật: giữ nguyên trạng thái bật và sạc pin, đồng thời ngắt kết nối mạng (túi Faraday, hoặc chế độ máy bay mà không mở xem).",
            "Điện thoại đang tắt: để nguyên trạng thái tắt.",
            "Mật khẩu được cung cấp tự nguyện và hợp pháp: ghi lại chính xác, kèm người cung cấp và thời điểm.",
            "Thu giữ thẻ SIM, thẻ nhớ, bộ sạc, dây cáp và sổ ghi chép có mật khẩu hoặc kịch bản lừa đảo.",
            "Máy tính đang chạy: để chuyên gia thu giữ dữ liệu bộ nhớ; nếu không có, chụp ảnh màn hình rồi rút dây nguồn.",
            "Cho mỗi thiết bị vào một túi niêm phong chống mở riêng, niêm phong lại và ghi số hiệu vật chứng lên niêm phong.",
            "Lập biên bản chuỗi lưu giữ vật chứng, và yêu cầu ký nhận ở mỗi lần bàn giao.",
        ],
        "signature": "Chữ ký",
    },
}

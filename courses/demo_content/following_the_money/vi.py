"""Vietnamese: the course description and the first lesson."""

from courses.demo_content.blocks import case, checklist, h, key, p, term

CONTENT = {
    "title": "Lần theo dòng tiền: điều tra tài chính và truy vết tiền mã hóa",
    "summary": (
        "Tiền thu được từ các khu lừa đảo trực tuyến được chuyển qua tài khoản thuê mướn, ngân hàng ngầm, sòng bạc và tài sản "
        "mã hóa như thế nào, và điều tra viên truy vết, phong tỏa và thu hồi chúng ra sao."
    ),
    "outcomes": [
        "Mô tả các giai đoạn thu, phân tán và hợp thức hóa tiền lừa đảo",
        "Nhận biết tài khoản thuê mướn và yêu cầu ngân hàng cung cấp đúng hồ sơ",
        "Giải thích cách ngân hàng ngầm và sòng bạc chuyển giá trị qua biên giới",
        "Truy vết giao dịch tài sản mã hóa trên chuỗi khối công khai và xác định sàn giao dịch",
        "Hành động nhanh để phong tỏa tiền và bảo quản tài sản mã hóa thu giữ được",
    ],
    "lessons": [
        {
            "title": "Tài khoản thuê mướn và dòng tiền lừa đảo",
            "summary": "Tiền của nạn nhân đi từ lần chuyển đầu tiên đến kẻ cầm đầu như thế nào, và điều tra viên có thể chặn lại ở đâu.",
            "body": [
                p(
                    "<p>Các khu lừa đảo là những doanh nghiệp. Nạn nhân của lừa đảo tình cảm, đầu tư và tuyển dụng bị thuyết phục "
                    "chuyển tiền qua ngân hàng, ví điện tử hoặc mua tài sản mã hóa. Chỉ trong vài phút, tiền được chuyển tiếp qua "
                    "nhiều tài khoản để khó lần theo và khó thu hồi.</p>"
                ),
                h("Các lớp của một khoản tiền lừa đảo"),
                p(
                    "<ol><li><b>Thu tiền:</b> nạn nhân chuyển vào tài khoản do đường dây kiểm soát, thường là tài khoản thuê mướn "
                    "ngay tại nước của nạn nhân.</li>"
                    "<li><b>Phân tán:</b> tiền được chia nhỏ và chuyển qua các tài khoản thuê mướn khác, ví điện tử và đại lý thanh "
                    "toán, thường qua biên giới, hoặc dùng để mua tài sản mã hóa.</li>"
                    "<li><b>Hợp thức hóa:</b> tiền đến tay kẻ cầm đầu dưới dạng đồng tiền ổn định, tiền mặt từ ngân hàng ngầm, phỉnh sòng bạc hoặc tài sản.</li></ol>"
                ),
                term(
                    "Tài khoản thuê mướn (money mule)",
                    "Người để tội phạm sử dụng tài khoản ngân hàng hoặc ví điện tử của mình, hoặc mở tài khoản cho chúng, để nhận và "
                    "chuyển tiếp tiền do phạm tội mà có. Có người biết rõ việc mình làm; nhiều người bị tuyển bằng lời mời làm việc giả hoặc chính họ cũng bị lừa.",
                ),
                checklist(
                    "Dấu hiệu của tài khoản thuê mướn",
                    "Ngân hàng và đơn vị tình báo tài chính theo dõi các dấu hiệu này; hãy sớm đề nghị họ cung cấp lịch sử tài khoản.",
                    [
                        "Tài khoản mới mở đột nhiên nhận nhiều khoản chuyển từ những người không liên quan",
                        "Tiền được chuyển đi gần như ngay khi vừa đến, thường là số tròn",
                        "Đăng nhập từ nước ngoài hoặc từ nhiều thiết bị khác nhau",
                        "Nhiều tài khoản được mở bằng cùng số điện thoại, địa chỉ hoặc thiết bị",
                        "Hồ sơ chủ tài khoản không tương xứng với lượng tiền: sinh viên, lao động thời vụ, người nước ngoài có thị thực ngắn hạn",
                    ],
                ),
                key(
                    "Hành động trong vài giờ",
                    "<p>Cơ hội thu hồi tiền giảm sau mỗi lần chuyển. Ngay khi nạn nhân trình báo, hãy đề nghị ngân hàng nhận tiền tạm "
                    "giữ khoản tiền theo thủ tục của nước bạn, và gửi thông tin tài khoản cho đơn vị tình báo tài chính.</p>",
                ),
                case(
                    "Từ lừa đảo tình cảm đến tài khoản thuê mướn",
                    "<p>Một nạn nhân chuyển tiền tiết kiệm cho “người yêu” quen qua mạng. Tài khoản nhận tiền thuộc về một sinh viên "
                    "19 tuổi, người này nói được trả tiền để mở tài khoản cho một “công việc bán thời gian”.</p>",
                    "<ul><li>Sinh viên này là nghi phạm, nhân chứng hay nạn nhân?</li><li>Bạn đề nghị ngân hàng cung cấp những hồ sơ nào?</li></ul>",
                    "<p>Trước hết hãy coi anh ta là nguồn tin: anh ta có thể cho biết ai đã tuyển mình và đã giao thẻ ngân hàng, mật "
                    "khẩu cho ai. Đề nghị ngân hàng cung cấp hồ sơ mở tài khoản, địa chỉ IP và thiết bị đăng nhập, cùng các giao dịch "
                    "chuyển đi, vốn dẫn tới lớp tiếp theo.</p>",
                ),
            ],
        },
    ],
}

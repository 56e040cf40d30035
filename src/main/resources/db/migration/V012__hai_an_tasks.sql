-- Tasks of section III of the Hải An plan (HAI-AN-2024): one task per paragraph or bullet of each task group
-- or subsection, text as loaded by V003 without the leading "- "; code = section code + "-" + position.
-- Lead (chủ trì) and coordinating (phối hợp) units follow the assignments of section V.
-- Rows refer to each other through natural keys, never through ids.

-- ---------------------------------------------------------------- tasks
-- III.1 Đẩy mạnh công tác tuyên truyền, phổ biến chính sách xã hội
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.1', 1, 'III.1-1',
     'Đẩy mạnh công tác tuyên truyền chính sách xã hội trên các phương tiện thông tin đại chúng, cổng thông tin điện tử quận phường cũng như các trang, mạng xã hội chính thức của các cơ quan, đơn vị, địa phương; đa dạng hóa hình thức, thường xuyên đổi mới nội dung tuyên truyền cho phù hợp từng đối tượng và từng giai đoạn cụ thể; chú trọng tuyên truyền cho các đối tượng người nghèo cận nghèo, người có hoàn cảnh khó khăn, yếu thế; tạo sự chuyển biến sâu sắc về nhận thức, trách nhiệm trong cán bộ, đảng viên, công chức, viên chức và các tầng lớp Nhân dân về chính sách xã hội, khơi dậy tinh thần tự lực và huy động nhiều nguồn lực thực hiện mục tiêu đảm bảo an sinh xã hội bền vững.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.1', 2, 'III.1-2',
     'Biểu dương, khen thưởng kịp thời, lan tỏa những mô hình tốt, cách làm hay và những tấm gương tiêu biểu, điển hình tiên tiến có đóng góp tích cực cho việc thực hiện chính sách xã hội trên địa bàn quận.',
     'UNITS');

-- III.2 Nâng cao năng lực, hiệu lực quản lý nhà nước về chính sách xã hội
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.2', 1, 'III.2-1',
     'Nâng cao hiệu lực, hiệu quả quản lý nhà nước, đẩy mạnh phân cấp, phân quyền, cá nhân hóa trách nhiệm trong tổ chức thực hiện. Tiếp tục cải cách hành chính theo hướng bảo đảm công khai, minh bạch tạo điều kiện thuận lợi cho Nhân dân tiếp cận chính sách xã hội; đẩy mạnh công tác thanh tra, kiểm tra, các hoạt động quản lý nhà nước của chính quyền các cấp, đồng thời tăng cường và phát huy cao vai trò giám sát của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và của Nhân dân, kịp thời phát hiện, ngăn chặn, xử lý nghiêm hành vi trục lợi chính sách, vi phạm pháp luật. Lấy kết quả công việc, sự hài lòng và tín nhiệm của Nhân dân làm tiêu chí để đánh giá hiệu quả hoạt động của các cơ quan, tổ chức, cán bộ, công chức, viên chức trong hệ thống bộ máy triển khai thực hiện chính sách xã hội của quận.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.2', 2, 'III.2-2',
     'Đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số, số hóa trong quá trình thực hiện công tác quản lý nhà nước và tổ chức thực hiện chính sách xã hội. Triển khai hiệu quả mã số an sinh xã hội cho người dân, hệ thống cơ sở dữ liệu quốc gia và chuyên ngành liên quan đến chính sách xã hội, đảm bảo liên thông, an toàn, bảo mật thông tin chung và dữ liệu cá nhân. Đẩy mạnh công tác quản lý hoạt động cung cấp dịch vụ xã hội thông qua cơ chế quản lý, cập nhật, chia sẻ dữ liệu và thông tin trên nền tảng số. Đẩy mạnh thực hiện thanh toán chế độ chính sách xã hội không dùng tiền mặt qua hệ thống ngân hàng, ứng dụng thanh toán điện tử trên nền tảng cơ sở dữ liệu tập trung.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.2', 3, 'III.2-3',
     'Đổi mới cơ chế huy động nguồn lực thực hiện chính sách xã hội theo hướng linh hoạt, hiệu quả; nguồn lực nhà nước giữ vai trò chủ đạo, đồng thời huy động hợp lý nguồn lực xã hội hóa trong thực hiện chính sách xã hội.',
     'UNITS');

-- III.3 Thực hiện tốt chính sách ưu đãi người có công với cách mạng
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.3', 1, 'III.3-1',
     'Tiếp tục tổ chức triển khai thực hiện có hiệu quả chính sách, chế độ ưu đãi người có công với cách mạng theo quy định của Trung ương và chính sách đặc thù của thành phố về hỗ trợ xây mới, sửa chữa nhà ở đối với hộ gia đình có công với cách mạng có khó khăn về nhà ở theo chỉ đạo của Chính phủ giai đoạn 2022 - 2025 và đến 2030.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.3', 2, 'III.3-2',
     'Đẩy mạnh cải cách hành chính, xây dựng cơ sở dữ liệu, ứng dụng công nghệ thông tin trong giải quyết chế độ, chính sách đối với người có công.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.3', 3, 'III.3-3',
     'Tập trung giải quyết cơ bản theo thẩm quyền những trường hợp còn tồn đọng, chưa hưởng hoặc hưởng thiếu chính sách ưu đãi với người có công trên địa bàn quận; tăng cường phối hợp với các cơ quan chức năng trong công tác tìm kiếm, quy tập hài cốt liệt sỹ và xác định danh tính hài cốt liệt sỹ còn thiếu thông tin. Tiếp tục đẩy mạnh huy động, đa dạng hóa các nguồn lực xã hội kết hợp với bố trí tăng ngân sách địa phương thực hiện chính sách, tri ân người có công với cách mạng; giải quyết kịp thời chế độ ưu tiên trong chăm sóc sức khỏe, giáo dục và đào tạo, việc làm, sản xuất, tạo thuận lợi cho người có công và thân nhân tiếp cận tốt các dịch vụ xã hội; bảo đảm người có công và gia đình người có công với cách mạng luôn được hưởng chính sách đầy đủ, kịp thời theo quy định và có mức sống từ trung bình khá trở lên so với mức sống của cộng đồng dân cư nơi cư trú.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.3', 4, 'III.3-4',
     'Đẩy mạnh công tác vận động các tổ chức, cá nhân, doanh nghiệp tham gia đóng góp, ủng hộ Quỹ “Đền ơn đáp nghĩa” nhằm phát huy truyền thống đạo lý "Uống nước nhớ nguồn"; sử dụng hiệu quả các nguồn lực để chăm lo đời sống vật chất, tinh thần cho người có công với cách mạng. Tăng cường công tác quản lý các công trình ghi công liệt sỹ, nghĩa trang liệt sỹ, xây dựng, tu bổ, tôn tạo mộ liệt sỹ.',
     'UNITS');

-- III.4.1 Nâng cao chất lượng nguồn nhân lực
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.1', 1, 'III.4.1-1',
     'Thực hiện có hiệu quả chính sách dân số và phát triển theo hướng có quy mô, cơ cấu, phân bố hợp lý, cân bằng tỷ số giới tính khi sinh ở mức tự nhiên và duy trì mức sinh thay thế. Nâng cao chất lượng dân số triển khai hiệu quả Chính sách quốc gia thích ứng với quá trình già hóa dân số; đáp ứng yêu cầu về nguồn nhân lực, nhất là nhân lực chất lượng cao cho sự nghiệp công nghiệp hóa, hiện đại hóa của quận và thành phố.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.1', 2, 'III.4.1-2',
     'Tiếp tục thực hiện việc đổi mới căn bản, toàn diện giáo dục và đào tạo, theo hướng hiện đại hóa, đa dạng hóa phương thức giáo dục, đào tạo. Phát triển và nâng cao chất lượng hệ thống giáo dục; đổi mới giáo dục nghề nghiệp theo hướng mở, linh hoạt, liên thông, hiện đại, hội nhập quốc tế, đáp ứng yêu cầu phát triển thị trường lao động và tạo cơ hội học tập suốt đời. Đẩy mạnh đào tạo, đào tạo lại ngành nghề phù hợp cho lực lượng lao động, góp phần chuyển dịch cơ cấu lao động và nâng cao năng suất lao động. Tăng cường định hướng nghề nghiệp cho thanh niên từ bậc học phổ thông; đẩy mạnh phân luồng, tăng số học sinh sau trung học cơ sở, trung học phổ thông vào giáo dục nghề nghiệp; thực hiện đào tạo nghề, dạy văn hóa, hình thành năng lực nghề nghiệp cho người học tại các cơ sở giáo dục nghề nghiệp.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.1', 3, 'III.4.1-3',
     'Đẩy mạnh xã hội hóa giáo dục nghề nghiệp; đa dạng hóa chủ thể tham gia đào tạo, quy định trách nhiệm và khuyến khích doanh nghiệp đào tạo nghề cho người lao động; thường xuyên kiểm định chất lượng giáo dục nghề nghiệp.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.1', 4, 'III.4.1-4',
     'Chủ động phối hợp với các cơ quan chức năng của thành phố trong việc triển khai thực hiện các cơ chế, chính sách về đào tạo, phát triển nguồn nhân lực chất lượng cao, đặc biệt là nhân lực công nghệ cao, công nghệ mới, công nghiệp phụ trợ chủ lực đáp ứng yêu cầu phát triển nhanh và bền vững của quận; chủ động, tích cực hội nhập quốc tế, tham gia Cách mạng công nghiệp lần thứ tư, kinh tế số, kinh tế xanh, kinh tế tuần hoàn; phối hợp triển khai quy hoạch mạng lưới cơ sở giáo dục nghề nghiệp quận đến năm 2025, định hướng đến năm 2030 theo quy hoạch chung của thành phố.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.1', 5, 'III.4.1-5',
     'Đầu tư nguồn lực để nâng cấp Trung tâm Giáo dục nghề nghiệp và Giáo dục thường xuyên quận. Tăng cường liên kết đào tạo các lớp vừa học nghề vừa học trung học phổ thông (phấn đấu hằng năm chiêu sinh và đào tạo cho trên 250 học viên vừa học trung học phổ thông vừa học trung cấp nghề).',
     'UNITS');

-- III.4.2 Phát triển thị trường lao động theo hướng linh hoạt, hội nhập, hiện đại, hiệu quả và bền vững
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.2', 1, 'III.4.2-1',
     'Tích cực phối hợp có hiệu quả với Trung tâm tư vấn việc làm và các cơ quan chức năng thành phố để tư vấn, giới thiệu việc làm cho người lao động trên địa bàn quận, bảo đảm lợi ích hợp pháp của người lao động; phòng, chống hành vi tiêu cực, vi phạm pháp luật trong thực hiện các dịch vụ liên quan đến thị trường lao động. Tích cực phối hợp với Sở Lao động - Thương binh và Xã hội điều tra, rà soát, hoàn thiện cơ sở dữ liệu về người lao động, việc làm kết nối với cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu khác; tích cực thực hiện thông tin dự báo thị trường, kết nối cung - cầu, quản lý nguồn nhân lực, nâng cao hiệu quả tư vấn, giới thiệu việc làm, đào tạo nghề. Triển khai thực hiện hiệu quả Chương trình mục tiêu Giáo dục nghề nghiệp, việc làm và An toàn lao động giai đoạn 2021- 2025 và 2026-2030 theo chỉ đạo của thành phố.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.4.2', 2, 'III.4.2-2',
     'Triển khai thực hiện có hiệu quả tín dụng chính sách xã hội, trong đó quan tâm rà soát, hỗ trợ vốn vay tạo việc làm, sinh kế cho người dân, nhất là người nghèo người có hoàn cảnh khó khăn. Tạo việc làm cho người lao động phải gắn với mục tiêu phát triển bền vững, nâng cao tay nghề thu nhập và bảo đảm an toàn tại nơi làm việc cho người lao động. Thúc đẩy chuyển dịch cơ cấu lao động phù hợp với cơ cấu kinh tế, từng bước thu hẹp số lao động trong khu vực phi chính thức; tăng cơ hội việc làm bền vững cho người trong và sau độ tuổi lao động để thích ứng với tốc độ già hóa dân số.',
     'UNITS');

-- III.5.1 Triển khai hệ thống bảo hiểm xã hội linh hoạt, đa dạng, đa tầng, hiện đại, hội nhập quốc tế bao phủ toàn bộ lực lượng lao động
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.1', 1, 'III.5.1-1',
     'Đẩy mạnh thực hiện chính sách bảo hiểm xã hội, bảo hiểm thất nghiệp, nâng cao tỷ lệ người dân tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp đảm bảo và nâng cao quyền lợi của người dân tham gia bảo hiểm y tế.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.1', 2, 'III.5.1-2',
     'Triển khai thực hiện tốt các cơ chế chính sách hỗ trợ, mở rộng và phát triển các đối tượng tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, chú trọng đối tượng thuộc hộ cận nghèo, đối tượng tham gia bảo hiểm xã hội tự nguyện. Thực hiện bảo hiểm xã hội bắt buộc đối với người lao động và thành viên của các tổ chức kinh tế tập thể làm việc theo hợp đồng, hưởng tiền lương, tiền công theo quy định của pháp luật. Triển khai thực hiện mở rộng, nâng cao chất lượng bảo hiểm y tế toàn dân; tăng cường kiểm tra và nâng cao chất lượng các dịch vụ bảo hiểm y tế, góp phần chăm sóc tốt hơn sức khỏe Nhân dân, giảm chi phí người dân chi trả trực tiếp cho dịch vụ y tế.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.1', 3, 'III.5.1-3',
     'Tiếp tục thực hiện tốt chính sách bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế; triển khai thực hiện bộ chỉ số đánh giá mức độ hài lòng của người tham gia; quản lý an toàn, hiệu quả Quỹ bảo hiểm xã hội, Quỹ bảo hiểm y tế. Phối hợp chặt chẽ với doanh nghiệp, chủ động phòng ngừa, giảm thiểu thất nghiệp; nâng cao hiệu quả tư vấn, giới thiệu việc làm, đào tạo chuyển đổi nghề nghiệp cho người lao động thất nghiệp.',
     'UNITS');

-- III.5.2 Triển khai hiệu quả hệ thống trợ giúp xã hội theo hướng quan tâm cả về đời sống vật chất, tinh thần, giúp người dân kịp thời khắc phục khó khăn do tác động của khủng hoảng kinh tế, xã hội, thiên tai, dịch bệnh và các rủi ro khác
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.2', 1, 'III.5.2-1',
     'Thực hiện đầy đủ các chế độ chính sách của Nhà nước, cũng như các cơ chế đặc thù của thành phố đối với đối tượng bảo trợ xã hội khi được triển khai. Ưu tiên hỗ trợ cho người không có khả năng lao động, người khuyết tật, người cao tuổi, người di cư và gia đình có trẻ em, người thu nhập thấp.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.2', 2, 'III.5.2-2',
     'Phối hợp, tạo điều kiện để các tổ chức, cá nhân phát triển mạng lưới các cơ sở trợ giúp xã hội trên địa bàn theo quy hoạch để đáp ứng nhu cầu tiếp cận và thụ hưởng các dịch vụ về trợ giúp xã hội, chăm sóc, nuôi dưỡng cho đối tượng bảo trợ xã hội; khuyến khích và tạo điều kiện thành lập các cơ sở trợ giúp xã hội ngoài công lập trên địa bàn quận.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.2', 3, 'III.5.2-3',
     'Đẩy mạnh công tác phòng ngừa, phát hiện, can thiệp sớm, hỗ trợ kịp thời người gặp khó khăn trong cuộc sống. Đổi mới việc huy động nguồn lực xã hội, khuyến khích các tổ chức, cá nhân tham gia hoạt động trợ giúp xã hội, cứu trợ khẩn cấp; quản lý, sử dụng các quỹ xã hội từ thiện, nhân đạo công khai, minh bạch, công bằng, hiệu quả và đúng pháp luật.',
     'UNITS');

-- III.5.3 Tiếp tục triển khai thực hiện tốt các chính sách giảm nghèo, bảo đảm tăng khả năng tiếp cận các dịch vụ xã hội cơ bản của người dân
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.3', 1, 'III.5.3-1',
     'Tiếp tục triển khai thực hiện hiệu quả Chương trình mục tiêu quốc gia Giảm nghèo bền vững, gắn công tác giảm nghèo với xây dựng đô thị văn minh, văn hóa, công nghiệp hóa, hiện đại hóa; triển khai đồng bộ các giải pháp giảm nghèo bền vững theo hướng đa chiều, bao trùm, bảo đảm mức sống tối thiểu và các dịch vụ xã hội cơ bản; hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho hộ nghèo, cận nghèo không có khả năng lao động, từng bước nâng cao thu nhập, ổn định cuộc sống lâu dài cho hộ nghèo, hộ cận nghèo, giúp giảm nghèo bền vững.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.3', 2, 'III.5.3-2',
     'Tiếp tục triển khai thực hiện hiệu quả Đề án 498/ĐA-UBND ngày 30/3/2022 về vận động xã hội hóa hỗ trợ giảm nghèo bền vững trên địa bàn quận Hải An giai đoạn 2022-2025; chủ động tiến hành tổng kết, đánh giá toàn diện kết quả triển khai thực hiện sau khi Đề án kết thúc vào năm 2025; tiếp tục nghiên cứu xây dựng một Đề án mới linh hoạt hơn thực hiện cho giai đoạn tiếp theo để duy trì tỷ lệ hộ nghèo trên địa bàn quận bằng 0%.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.3', 3, 'III.5.3-3',
     'Tiếp tục quan tâm tới công tác dạy nghề, tạo việc làm cho người nghèo, cận nghèo; triển khai có hiệu quả chính sách cho vay vốn tín dụng ưu đãi, chính sách đặc thù hỗ trợ hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; huy động đa dạng nguồn lực xã hội hóa từng bước nâng cao thu nhập, ổn định cuộc sống lâu dài cho hộ nghèo, hộ cận nghèo, giúp giảm nghèo bền vững.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.5.3', 4, 'III.5.3-4',
     'Tăng cường và thường xuyên duy trì các hoạt động kiểm tra, giám sát việc triển khai thực hiện công tác giảm nghèo trên địa bàn quận.',
     'UNITS');

-- III.6.1 Về giáo dục
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.1', 1, 'III.6.1-1',
     'Tiếp tục thực hiện đổi mới căn bản, toàn diện giáo dục và đào tạo. Phát triển và nâng cao chất lượng hệ thống giáo dục, đổi mới giáo dục phổ thông, giáo dục nghề nghiệp theo hướng mở, công bằng, bình đẳng, thúc đẩy xã hội học tập và tạo cơ hội học tập suốt đời. Nâng cao chất lượng giáo dục, đa dạng hóa chương trình đào tạo, phương thức học tập phù hợp với người học; thực hiện đào tạo theo nhu cầu của thị trường; đặc biệt chú ý phát hiện, bồi dưỡng, đãi ngộ thu hút, sử dụng nhân tài.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.1', 2, 'III.6.1-2',
     'Tăng cường định hướng nghề nghiệp cho học sinh ngay từ bậc học phổ thông; đẩy mạnh phân luồng, tăng số học sinh sau trung học cơ sở, trung học phổ thông vào giáo dục nghề nghiệp; thực hiện đào tạo nghề kết hợp dạy văn hóa, hình thành năng lực nghề nghiệp cho người học tại các cơ sở giáo dục nghề nghiệp. Giữ vững và củng cố kết quả phổ cập giáo dục, xóa mù chữ.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.1', 3, 'III.6.1-3',
     'Chú trọng phát triển mạng lưới trường, lớp nhất là khu công nghiệp và khu đông dân cư trên địa bàn; củng cố, nâng cấp cơ sở vật chất cho các trường học hiện có trên địa bàn; phấn đấu triển khai hoàn thành và đưa vào sử dụng Dự án Trường tiểu học và trung học cơ sở Đông Hải 2 theo kế hoạch để đáp ứng yêu cầu học tập của con em Nhân dân trong quận. Nâng cao chất lượng đội ngũ Nhà giáo, cán bộ quản lý. Ưu tiên xây dựng, hoàn thiện cơ sở vật chất để giữ vững, nâng cao tỷ lệ trường học đạt chuẩn quốc gia trên địa bàn quận.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.1', 4, 'III.6.1-4',
     'Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin và thực hiện chuyển đổi số, hiện đại hóa trong quản lý giáo dục và hoạt động dạy và học để tạo đột phá phát triển giáo dục thông minh, nâng cao chất lượng giáo dục.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.1', 5, 'III.6.1-5',
     'Khuyến khích, tạo điều kiện thuận lợi để phát triển giáo dục tư thục chất lượng cao trên địa bàn. Tăng cường giáo dục hòa nhập cộng đồng cho người khuyết tật, trẻ em có hoàn cảnh đặc biệt.',
     'UNITS');

-- III.6.2 Về y tế
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.2', 1, 'III.6.2-1',
     'Xây dựng, củng cố hệ thống y tế công bằng, chất lượng, hội nhập đảm bảo tiếp cận và chăm sóc sức khỏe cho mọi người dân hướng tới bảo hiểm y tế toàn dân. Tiếp tục củng cố và phát triển mạng lưới y tế cơ sở, y tế dự phòng, thực hiện tốt công tác chăm sóc và khám sức khỏe định kỳ cho Nhân dân; quản lý các bệnh mạn tính đối với người cao tuổi.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.2', 2, 'III.6.2-2',
     'Thực hiện có hiệu quả chính sách dinh dưỡng, giải quyết tình trạng suy dinh dưỡng ở trẻ em, nâng cao tầm vóc, thể lực người dân; bảo đảm vệ sinh, an toàn thực phẩm. Nâng cao chất lượng dự báo, giám sát, phản biện, phòng ngừa có hiệu quả dịch bệnh, đảm bảo an ninh y tế; phát triển y tế học đường, y tế gia đình. Tăng cường chuyển đổi số trong công tác quản lý, trong quản lý hồ sơ sức khỏe điện tử, bảo hiểm y tế.',
     'UNITS');

-- III.6.3 Về phát triển văn hóa
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.3', 1, 'III.6.3-1',
     'Không ngừng nâng cao đời sống tinh thần của Nhân dân, xây dựng môi trường văn hóa lành mạnh, tiến bộ, từng bước thu hẹp khoảng cách về thụ hưởng văn hóa.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.3', 2, 'III.6.3-2',
     'Đổi mới và nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, bảo vệ, gìn giữ, phát huy các giá trị văn hóa truyền thống, phong tục tập quán tốt đẹp; xây dựng nếp sống văn minh đô thị, lối sống tôn trọng đạo lý truyền thống tốt đẹp của dân tộc trong mỗi con người Hải An.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.3', 3, 'III.6.3-3',
     'Tiếp tục xây dựng và thực hiện các chương trình, đề án, dự án duy tu, bảo dưỡng, bảo vệ và phát huy giá trị văn hóa phi vật thể, nhất là di sản văn hóa phi vật thể cấp quốc gia Lễ hội Từ Lương Xâm; khôi phục, bảo tồn, quảng bá, giới thiệu văn hóa truyền thống; đầu tư và chuẩn bị tốt các điều kiện cần thiết để di tích lịch sử lịch sử, văn hóa Từ Lương Xâm được công nhận là Di tích lịch sử văn hóa đặc biệt cấp Quốc gia. Bảo đảm phát triển kinh tế - xã hội đi đôi với phát triển văn hóa, xây dựng nếp sống văn minh, nâng cao đời sống văn hóa, tinh thần của Nhân dân.',
     'UNITS');

-- III.6.4 Về thông tin
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.4', 1, 'III.6.4-1',
     'Triển khai thực hiện hiệu quả chính sách, pháp luật về quyền tiếp cận thông tin của công dân theo hướng bình đẳng, tạo điều kiện thuận lợi trong tiếp cận và bảo vệ người dân, đặc biệt là trẻ em, nhóm yếu thế được an toàn trên môi trường mạng.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.4', 2, 'III.6.4-2',
     'Phối hợp chặt chẽ với các nhà mạng để nâng cấp hạ tầng viễn thông, công nghệ thông tin, phủ sóng, cung cấp thông tin cơ bản phục vụ cuộc sống Nhân dân trong quận. Tăng cường phổ cập dịch vụ viễn thông, hỗ trợ người dân tiếp cận thông tin, công nghệ số.',
     'UNITS');

-- III.6.5 Về nhà ở
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.5', 1, 'III.6.5-1',
     'Nâng cao trách nhiệm của cấp ủy, chính quyền, hệ thống chính trị tại quận trong phối hợp thực hiện chủ trương, chính sách về nhà ở trên địa bàn; thực hiện tốt các nhiệm vụ được giao theo thẩm quyền và tạo mọi điều kiện thuận lợi để các Dự án phát triển nhà ở xã hội được triển khai thuận lợi trên địa bàn. Quan tâm giải quyết vấn đề nhà ở cho người nghèo, người có công, đối tượng đặc biệt khó khăn và nhà ở tái định cư.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.5', 2, 'III.6.5-2',
     'Chủ động phối hợp với Sở Xây dựng và các ngành chức năng, thực hiện công tác quản lý nhà nước về nhà ở xã hội trên địa bàn; tiến hành rà soát, dành quỹ đất phù hợp với các quy hoạch liên quan để giới thiệu địa điểm thực hiện các dự án phát triển nhà ở trên địa bàn; cung cấp thông tin về nhà ở và thị trường bất động sản; phối hợp chặt chẽ với chủ đầu tư cùng các đơn vị liên quan trong quá trình bồi thường giải phóng mặt bằng và triển khai thực hiện các dự án nhà ở trên địa bàn.',
     'UNITS');

-- III.6.6 Về nước sạch, vệ sinh môi trường
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.6', 1, 'III.6.6-1',
     'Bảo đảm nhu cầu thiết yếu về nước sạch theo quy chuẩn cho người dân; chú trọng ưu tiên cung cấp nước sạch cho các cơ sở giáo dục, y tế và các cơ sở thiết yếu khác. Duy trì và phát triển hệ thống cung cấp nước, nâng cao chất lượng nước đô thị, đảm bảo cung cấp đầy đủ nước sinh hoạt cho Nhân dân.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.6', 2, 'III.6.6-2',
     'Thực hiện nghiêm chính sách, pháp luật về bảo vệ môi trường, ưu tiên xử lý ô nhiễm môi trường, bảo vệ môi trường trong các khu dân cư nhằm cải thiện chất lượng môi trường và điều kiện sống của người dân. Lồng ghép phát triển kinh tế xanh, kinh tế tuần hoàn trong phát triển kinh tế - xã hội; có giải pháp phù hợp, quyết liệt để giải quyết cơ bản ô nhiễm do nước thải, rác thải, khí thải; ngăn chặn, đẩy lùi nguy cơ ô nhiễm môi trường, nhất là vấn đề rác thải, khí thải, nước thải tại các khu công nghiệp và vấn đề ô nhiễm tại 2 bãi rác của thành phố trên địa bàn quận.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.6.6', 3, 'III.6.6-3',
     'Đẩy mạnh công tác quản lý nhà nước trong công tác nước sạch và vệ sinh môi trường; tăng cường kiểm tra, giám sát, khuyến khích và tạo điều kiện cho người dân tham gia giám sát; tổ chức tập huấn, hướng dẫn cho người dân trong việc thực hiện vệ sinh môi trường; tăng cường công tác phối hợp trong quản lý các công trình vệ sinh môi trường, nước sạch trên địa bàn; duy trì 100% khu công nghiệp trên địa bàn có hệ thống xử lý nước thải tập trung đạt yêu cầu; 100% chất thải nguy hại được xử lý, tiêu hủy, chôn lấp an toàn; 100% bãi chôn lấp chất thải đáp ứng yêu cầu kỹ thuật và hợp vệ sinh; 100% các cơ sở sản xuất mới xây dựng áp dụng công nghệ sạch hoặc được trang bị các thiết bị giảm thiểu gây ô nhiễm môi trường.',
     'UNITS');

-- III.7 Đổi mới, nâng cao chất lượng, hiệu quả cung cấp dịch vụ xã hội
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.7', 1, 'III.7-1',
     'Tích cực triển khai hệ thống dịch vụ xã hội đa dạng, liên thông, liên tục, linh hoạt, đáp ứng nhu cầu cung cấp các dịch vụ xã hội và tăng khả năng tiếp cận cho các nhóm đối tượng, nhất là công nhân, người có hoàn cảnh khó khăn, hộ nghèo, hộ cận nghèo, người cao tuổi, trẻ mồ côi, người khuyết tật, đối tượng bảo trợ xã hội.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.7', 2, 'III.7-2',
     'Xây dựng đội ngũ cán bộ làm công tác xã hội hiểu biết về pháp luật có phẩm chất đạo đức tốt, tận tâm, chuyên nghiệp trong thực hiện nhiệm vụ; chú trọng phát triển mạng lưới cộng tác viên xã hội.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.7', 3, 'III.7-3',
     'Tiếp tục nâng cao chất lượng các dịch vụ việc làm, bảo hiểm xã hội, y tế, giáo dục, trợ giúp xã hội; phát triển mạng lưới chăm sóc xã hội tại cộng đồng, mô hình chăm sóc và trợ giúp xã hội ngoài công lập theo quy hoạch của thành phố; phát huy vai trò gia đình, dòng họ trong chăm sóc, bảo vệ người khuyết tật, người cao tuổi, trẻ em.',
     'UNITS'),
    ((select id from plan where code = 'HAI-AN-2024'), 'III.7', 4, 'III.7-4',
     'Đẩy mạnh việc chi trả không dùng tiền mặt cho các đối tượng chính sách trên cơ sở kết nối, khai thác hiệu quả dữ liệu quốc gia về dân cư.',
     'UNITS');

-- III.8 Đẩy mạnh hợp tác và tranh thủ nguồn lực, kinh nghiệm trong thực hiện chính sách xã hội
insert into task (plan_id, section_code, position, code, text, scope) values
    ((select id from plan where code = 'HAI-AN-2024'), 'III.8', 1, 'III.8-1',
     'Huy động và sử dụng hiệu quả các nguồn lực cho chính sách xã hội; nâng cao năng suất lao động, đảm bảo an sinh xã hội, trợ giúp xã hội. Chú trọng phát triển nguồn nhân lực chất lượng cao. Tổ chức thực hiện nghiêm các quy định về tiêu chuẩn lao động, quan hệ lao động, tiêu chuẩn nghề nghiệp tương thích và cạnh tranh quốc tế; chủ động chuẩn bị tốt các điều kiện để đón nhận các công trình dự án đầu tư phát triển các dịch vụ xã hội trên địa bàn.',
     'UNITS');

-- ---------------------------------------------------------------- assignments
-- III.1 propaganda (V.7; V.1 and V.12 coordinate).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-1'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-1'), (select id from org_unit where code = '306-TTVHTT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-1'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-1'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-2'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-2'), (select id from org_unit where code = '306-TTVHTT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-2'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.1-2'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE');

-- III.2 state management (V.1); MTTQ for its supervision (V.12), BHXH for cashless payments (V.9), TCKH for resources (V.2).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-1'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-2'), (select id from org_unit where code = '306-BHXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-3'), (select id from org_unit where code = '306-TCKH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.2-3'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE');

-- III.3 people with meritorious service (V.1); QLDT housing (V.5), BCHQS martyrs' remains and policy (V.8), TCKH budget (V.2), MTTQ funds and resources (V.12).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-1'), (select id from org_unit where code = '306-QLDT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-1'), (select id from org_unit where code = '306-BCHQS'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-3'), (select id from org_unit where code = '306-BCHQS'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-3'), (select id from org_unit where code = '306-TCKH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-3'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-4'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.3-4'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE');

-- III.4.1 human resources: population (V.4), education and career orientation (V.3), vocational training (V.1).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-1'), (select id from org_unit where code = '306-YT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-1'), (select id from org_unit where code = '306-TTYT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-2'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-2'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-4'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-5'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-5'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.1-5'), (select id from org_unit where code = '306-TCKH'), 'COORDINATE');

-- III.4.2 labour market (V.1); CCTK for labour-market information (V.10).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.2-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.2-1'), (select id from org_unit where code = '306-CCTK'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.4.2-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD');

-- III.5.1 social, unemployment and health insurance (V.9), with LĐTBXH (V.1); YT for health-insurance services (V.4).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-1'), (select id from org_unit where code = '306-BHXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-1'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-2'), (select id from org_unit where code = '306-BHXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-2'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-2'), (select id from org_unit where code = '306-YT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-3'), (select id from org_unit where code = '306-BHXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.1-3'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE');

-- III.5.2 social assistance (V.1); MTTQ for social resources (V.12).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.2-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.2-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.2-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.2-3'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE');

-- III.5.3 poverty reduction (V.1), with MTTQ (V.12).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-1'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-2'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-3'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-4'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.5.3-4'), (select id from org_unit where code = '306-MTTQ'), 'COORDINATE');

-- III.6.1 education (V.3); LĐTBXH for vocational training (V.1).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-1'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-2'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-2'), (select id from org_unit where code = '306-LDTBXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-3'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-4'), (select id from org_unit where code = '306-GDDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.1-5'), (select id from org_unit where code = '306-GDDT'), 'LEAD');

-- III.6.2 health (V.4), with BHXH for health insurance (V.9).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-1'), (select id from org_unit where code = '306-YT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-1'), (select id from org_unit where code = '306-TTYT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-1'), (select id from org_unit where code = '306-BHXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-2'), (select id from org_unit where code = '306-YT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-2'), (select id from org_unit where code = '306-TTYT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.2-2'), (select id from org_unit where code = '306-BHXH'), 'COORDINATE');

-- III.6.3 culture (V.7).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-1'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-1'), (select id from org_unit where code = '306-TTVHTT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-2'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-2'), (select id from org_unit where code = '306-TTVHTT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-3'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.3-3'), (select id from org_unit where code = '306-TTVHTT'), 'COORDINATE');

-- III.6.4 information (V.7).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.4-1'), (select id from org_unit where code = '306-VHTT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.4-2'), (select id from org_unit where code = '306-VHTT'), 'LEAD');

-- III.6.5 housing (V.5); TNMT for land and site clearance.
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.5-1'), (select id from org_unit where code = '306-QLDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.5-2'), (select id from org_unit where code = '306-QLDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.5-2'), (select id from org_unit where code = '306-TNMT'), 'COORDINATE');

-- III.6.6 clean water (V.5) and environment (V.6).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.6-1'), (select id from org_unit where code = '306-QLDT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.6-2'), (select id from org_unit where code = '306-TNMT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.6-3'), (select id from org_unit where code = '306-TNMT'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.6.6-3'), (select id from org_unit where code = '306-QLDT'), 'COORDINATE');

-- III.7 social services (V.1); BHXH, YT, GDĐT for their services (V.9, V.4, V.3).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-2'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-3'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-3'), (select id from org_unit where code = '306-BHXH'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-3'), (select id from org_unit where code = '306-YT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-3'), (select id from org_unit where code = '306-GDDT'), 'COORDINATE'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-4'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.7-4'), (select id from org_unit where code = '306-BHXH'), 'COORDINATE');

-- III.8 cooperation and resources (V.1, V.2).
insert into task_assignment (task_id, org_unit_id, role) values
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.8-1'), (select id from org_unit where code = '306-LDTBXH'), 'LEAD'),
    ((select t.id from task t join plan p on p.id = t.plan_id where p.code = 'HAI-AN-2024' and t.code = 'III.8-1'), (select id from org_unit where code = '306-TCKH'), 'COORDINATE');

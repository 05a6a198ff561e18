# core: Vietnamese (tiếng Việt)

## Cảnh báo về đường chạy (course/warning.rs)

warn-damaged = File bị hỏng gần byte { $position }; phần sau đó đã bị bỏ qua.
warn-cut-off = File kết thúc đột ngột (có thể bị cắt); các điểm trước đó vẫn được giữ.
warn-route-used = Track chỉ có một điểm, nên route trong file được dùng làm đường chạy.
warn-bad-coordinates = Đã bỏ qua { $count } điểm có tọa độ không đọc được hoặc không hợp lệ.
warn-bad-elevations = Đã bỏ qua { $count } giá trị độ cao không đọc được hoặc không hợp lệ.
warn-glitches = Đã loại { $count } điểm GPS nhiễu nằm xa đường chạy, không tính vào cự ly.
warn-jumps = Có { $count } lần GPS nhảy nhanh hơn 360 km/h; các khoảng đó không tính vào cự ly.
warn-repaired = Đã sửa { $count } đoạn độ cao không thể có trên đường (gai, hố, bậc): xem ghi chú trên biểu đồ độ cao.
warn-corrections-lost = { $count } chỉnh sửa đoạn đổ dốc của bạn không còn khớp với đoạn nào trên đường chạy này; hãy xem lại danh sách đoạn đổ dốc
warn-not-downhill = { $count } đoạn đổ dốc bạn thêm hoặc dời không đi xuống trên biểu đồ độ cao, nên không được tính là đổ dốc; nếu độ cao ở đó sai, hãy đánh dấu đoạn đó là mặt cầu hoặc độ cao sai
warn-elevation-interpolated = { $missing } trên { $total } điểm không có độ cao; độ cao của chúng được nội suy theo cự ly.
warn-zero-elevation = Mọi độ cao trong file đều đúng 0 m: có lẽ file không có dữ liệu độ cao thật.
warn-no-elevation = File không có dữ liệu độ cao: không tính được biểu đồ độ cao, đoạn leo dốc, đoạn đổ dốc và pace quy đổi theo dốc.
warn-coarse-profile = Đường chạy rất dài; biểu đồ độ cao dùng một điểm mỗi { $spacing } m.

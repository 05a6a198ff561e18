# app: Vietnamese (tiếng Việt)

## View > Language

lang-menu = Ngôn ngữ
lang-switched = Ngôn ngữ: { $lang }

## Thanh menu

menu-file = Tệp
menu-view = Hiển thị
menu-open-course = Mở đường chạy…
menu-open-plan = Mở kế hoạch…
menu-open-plan-hover = Mở lại kế hoạch đã lưu dạng JSON, kèm đường chạy và các thiết lập.
menu-samples = Đường chạy mẫu
menu-recent = Tệp gần đây
menu-recent-none = Chưa có tệp nào
menu-export-json = Xuất kế hoạch ra JSON…
menu-export-pdf = Xuất kế hoạch ra PDF…
menu-export-watch = Xuất cho đồng hồ…
menu-export-watch-hover = Kế hoạch ngay trên cổ tay: đường chạy có bạn chạy ảo theo đúng kế hoạch, GPX có thời gian, khóa học TCX và bài chạy race.
menu-paper = Khổ giấy PDF
menu-paper-letter = Letter (Mỹ)
menu-export-ics = Xuất lịch tập (.ics)…
menu-export-fit = Xuất bài tập cho đồng hồ (FIT)…
menu-quit = Thoát
menu-units = Đơn vị
menu-units-km = Ki-lô-mét
menu-units-miles = Dặm
menu-dark = Giao diện tối
menu-grade-colour = Tô màu biểu đồ theo độ dốc
menu-reset-zoom = Đặt lại thu phóng

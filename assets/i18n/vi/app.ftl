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
menu-export-watch-hover = Kế hoạch ngay trên cổ tay: đường chạy có bạn chạy ảo theo đúng kế hoạch, GPX có thời gian, đường chạy TCX và bài chạy race.
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

## Cửa sổ

app-window-failed = lỗi: Không mở được cửa sổ ({ $error }); dòng lệnh vẫn dùng được, xem --help.

## Thanh trạng thái

status-loading = Đang mở { $name }…
status-drop-hint = Thả tệp GPX vào bất kỳ đâu trên cửa sổ để mở.
status-drop-open = Thả tệp GPX để mở làm đường chạy.
status-drop-keep = Nếu không đọc được tệp, kế hoạch hiện tại vẫn giữ nguyên.

## Bảng bên: Đường chạy

panel-course = Đường chạy
panel-course-none = Chưa mở đường chạy nào.
panel-course-na = không có
panel-course-official = chính thức
panel-course-totals = Cự ly { $distance }{ $distance_official } · tổng leo { $gain }{ $gain_official } · tổng xuống { $loss } · độ cao từ { $low } đến { $high }
panel-course-noise = Nhiễu độ cao { $noise }: chỉ tính leo khi dao động từ { $threshold } m
panel-course-noise-help = Ước tính từ chính tệp: độ rung giữa các điểm liền nhau, và độ trôi (lệch chậm qua hàng trăm mét, thường gặp ở cao kế khí áp). Trôi càng nhiều thì dao động phải càng lớn mới được tính là leo; dấu ± cho biết tổng leo/xuống thay đổi bao nhiêu khi ngưỡng đó nhỏ hoặc lớn hơn 1,5 lần.
panel-course-counts = { $descents } đoạn đổ dốc · { $climbs } đoạn leo dốc
panel-course-repair-help = Độ dốc trên 25 % trong 30 m thì không thể là đường: mô hình độ cao hoặc cao kế đã sai ở đó (hầm, cầu, tòa nhà). Đoạn này được vẽ thẳng nối hai bên đất tốt, nét đứt trên biểu đồ.

## Bảng bên: Race

panel-race = Race
panel-race-mass = Cân nặng
panel-race-mass-help = Dùng để ước tính năng lượng: chạy trên đường bằng tốn khoảng 1 kcal cho mỗi kg mỗi km.
panel-race-goal = Thời gian mục tiêu
panel-race-goal-help = Thời gian về đích bạn nhắm tới. Pace từng split được tính để kế hoạch về đích đúng mốc này.
panel-race-exact-goal = Mục tiêu chính xác (H:MM:SS)
panel-race-exact-goal-help = Gõ mục tiêu chính xác, ví dụ 4:12:30, rồi nhấn Enter.
panel-race-start = Giờ xuất phát (HH:MM)
panel-race-start-help = Giờ súng nổ; các giải VnExpress Marathon xuất phát lúc 2:30-3:00 sáng, nên split hiện giờ đồng hồ tại mỗi km.
panel-race-model = Mô hình pace
panel-race-model-help = Dốc làm bạn chậm đi bao nhiêu khi giữ cùng một sức. Kiểu Strava và Kay lấy từ dữ liệu runner thật; Minetti là chi phí năng lượng đo trong phòng thí nghiệm và hứa hẹn lợi thế đổ dốc gấp khoảng đôi so với thực tế runner đạt được.

## Bảng bên: Chiến thuật

panel-strategy = Chiến thuật
panel-strategy-uphill = Sức lên dốc
panel-strategy-uphill-help = 0 %: giữ sức đều, để dốc làm bạn chậm lại đúng như mô hình tính. 100 %: giữ nguyên pace đường bằng khi lên dốc (rất tốn sức).
panel-strategy-restraint = Kìm tốc khi đổ dốc
panel-strategy-restraint-help = 0 %: dốc cho bao nhiêu tốc độ thì lấy hết. 100 %: không nhanh hơn pace đường bằng. Lời khuyên của bài viết: bù giờ từ từ, đừng thả dốc để bù giờ (mặc định 50 %).
panel-strategy-split = Split
panel-strategy-split-help = Âm: chạy nửa sau nhanh hơn nửa đầu (negative split). Dương: nửa sau chậm hơn.
panel-strategy-fatigue = Mỏi do đổ dốc
panel-strategy-fatigue-help = Chậm dần cuối race vì cơ đùi trước đã gánh tải ở các đoạn đổ dốc (ước lượng kinh nghiệm; công thức có trong kế hoạch xuất ra).
panel-strategy-strength = Mức ảnh hưởng của mỏi
panel-strategy-strength-help = Tải đổ dốc làm phần còn lại của race chậm đi bao nhiêu: ở 100 %, mỗi 100 điểm tải làm bạn chậm 2 %.
panel-strategy-carb-help = Lượng carb mỗi giờ; 60-90 g/h là mức thường khuyên cho race trên 2,5 giờ.
panel-strategy-carbs = carb
panel-strategy-gel-help = Lượng carb trong một gel.
panel-strategy-per-gel = mỗi gel

## Bảng bên: Đổ dốc

panel-descents = Đoạn đổ dốc
panel-descents-none = Đường chạy này không có đoạn đổ dốc đáng kể.
panel-descents-no-elevation = Không có dữ liệu độ cao nên không tìm được đoạn đổ dốc.
panel-descents-hint = Chọn một đoạn đổ dốc (ở đây hoặc trên biểu đồ) để đặt pace, xem lưu ý kỹ thuật hoặc chỉnh sửa. Giữ Shift và kéo trên biểu đồ để thêm đoạn mới.
panel-descents-col-descent = Đoạn dốc
panel-descents-col-where = Vị trí
panel-descents-col-drop = Chênh cao
panel-descents-col-grade = Độ dốc
panel-descents-col-planned = Pace dự kiến
panel-descents-col-load = Tải · rủi ro
panel-descents-kind-edited = { $kind } ({ $reason }; bạn đã chỉnh)
panel-descents-paces = Pace đường bằng ở đây { $flat } · theo mô hình { $model } · dự kiến { $planned } · { $gained } giây so với đường bằng
panel-descents-technique = Kỹ thuật
panel-descents-limit = Giới hạn pace ở đoạn dốc này
panel-descents-limit-help = Chạy đoạn dốc này không nhanh hơn pace bạn đặt; phần còn lại của đường chạy sẽ bù lại thời gian.
panel-descents-no-faster = Không nhanh hơn
panel-descents-no-faster-help = Pace nhanh nhất bạn cho phép mình chạy ở đoạn dốc này, tính theo km.

## Bảng bên: chỉnh đoạn đổ dốc đang chọn

panel-edit = Chỉnh đoạn dốc này
panel-edit-help = Bạn hiểu đường chạy hơn tệp GPX: đặt tên, chọn loại, dời hai đầu (hoặc kéo tay nắm trên biểu đồ), hoặc xóa đoạn. Ctrl+Z để hoàn tác.
panel-edit-delete = Xóa đoạn dốc này
panel-edit-delete-help = Không phải đoạn đổ dốc (hầm, số đo sai): tính như đường bằng.
panel-edit-undo = Hoàn tác (Ctrl+Z)
panel-edit-edited = ✎ Bạn đã chỉnh: { $reason }
panel-edit-name = Tên
panel-edit-kind = Loại
panel-edit-starts = Bắt đầu tại ({ $unit })
panel-edit-ends = Kết thúc tại ({ $unit })

## Bảng bên: Năng lượng

panel-energy = Năng lượng
panel-energy-total = Tổng cộng khoảng { $kcal } kcal (dự kiến nạp { $carbs } g carb)
panel-energy-climbs = Leo dốc
panel-energy-descents = Đổ dốc
panel-energy-flats = Đường bằng
panel-energy-load = Tải đổ dốc { $load } điểm (ước lượng)
panel-energy-fuelling = Tiếp năng lượng
panel-energy-fuel = { $distance } lúc { $clock }: { $item }

## Bảng bên: Split

panel-splits = Split
panel-splits-finish = Về đích { $time } lúc { $clock } · pace đường bằng { $flat }
panel-splits-per-unit = Theo { $unit }
panel-splits-per-part = Theo đoạn
panel-splits-terrain = Theo địa hình
panel-splits-col-split = Split
panel-splits-col-pace = Pace
panel-splits-col-time = Thời gian
panel-splits-col-total = Tổng
panel-splits-col-clock = Giờ

## Bảng bên: Tập luyện

panel-training = Tập luyện
panel-training-race-date = Ngày race
panel-training-race-date-help = Ngày bạn chạy race; giáo án kết thúc trước đó một ngày. Để trống: 8 tuần kể từ hôm nay.
panel-training-weeks = Số tuần tập
panel-training-weeks-help = Giáo án đổ dốc bắt đầu bao nhiêu tuần trước race (4-16).
panel-training-experience = Kinh nghiệm đổ dốc
panel-training-experience-help = Mới: nhiều tuần tập kỹ thuật nhẹ nhàng hơn và tối đa 5 lần lặp. Có kinh nghiệm: vào strides và lặp dốc xuống sớm hơn.
panel-training-downhill = Buổi đổ dốc mỗi tuần
panel-training-downhill-help = Một hoặc hai buổi tập đổ dốc mỗi tuần; tuần hồi phục giữ một buổi.
panel-training-strength = Buổi sức mạnh mỗi tuần
panel-training-strength-help = Plank, squat và bật nhảy hộp: cơ đùi trước và cơ lõi khỏe sẽ gánh lực phanh khi đổ dốc.
panel-training-no-plan = Giáo án hiện ra khi đã có kế hoạch race.
panel-training-weeks-span = { $weeks } tuần, từ { $start } đến ngày race { $race }
panel-training-race-specific = Các buổi sát race mô phỏng { $from }.
panel-training-paces = Pace: { $mapping }
panel-training-week = Tuần { $week } · { $phase } · tải { $load }
panel-training-session-when = { $weekday } { $date } · khoảng { $minutes } phút
panel-training-reset = Đặt lại buổi tập này
panel-training-minutes = Phút
panel-training-minutes-help = Thời lượng chạy nhẹ xuống dốc ({ $low }-{ $high } phút).
panel-training-sets = Hiệp
panel-training-sets-help = Số vòng plank, squat và bật nhảy hộp.
panel-training-reps = Số lần lặp
panel-training-reps-help = Số lần chạy xuống dốc ({ $low }-{ $high } theo bài viết).
panel-training-length = Độ dài
panel-training-length-help = Độ dài mỗi lần chạy xuống dốc.
panel-training-slope = Độ dốc
panel-training-slope-suffix = % xuống
panel-training-slope-help = Độ dốc của con dốc nên chọn.
panel-ground = Nơi tập: { $name } (tìm được { $count } đoạn)
panel-ground-none = Chưa có nơi tập.
panel-ground-open = Nơi tập…
panel-ground-open-help = Mở tệp GPX nơi bạn hay tập; mỗi buổi tập sẽ chỉ đoạn nào nên dùng.
panel-ground-no-elevation = Nơi tập không có dữ liệu độ cao nên không tìm được con dốc nào.
panel-ground-line = nơi tập

## Bảng bên: Sáng ngày race

panel-morning = Sáng ngày race
panel-morning-typical = Buổi sáng điển hình của giải này
panel-morning-typical-help = Dựng từ số liệu khí hậu công khai; bạn có thể sửa hoặc dán dự báo thời tiết.
panel-morning-no-heat = Bỏ mô hình nắng nóng
panel-morning-paste = Dán dự báo (CSV: time,temp_c,dewpoint_c):
panel-morning-use-pasted = Dùng bảng vừa dán
panel-morning-paste-error = Không dùng được bảng: { $error }.
panel-morning-race-day = Ngày race (YYYY-MM-DD)
panel-morning-know-sweat = Tôi biết tốc độ ra mồ hôi của mình
panel-morning-sweat-rate = Tốc độ ra mồ hôi
panel-morning-weigh = Hoặc cân trước và sau một buổi chạy tập:
panel-morning-kg-before = kg trước
panel-morning-kg-after = kg sau
panel-morning-l-drunk = l đã uống
panel-morning-min = phút
panel-morning-use = Dùng
panel-morning-delay-help = Số giây mất vì xuất phát đông người trong mấy km đầu. Với "giữ mục tiêu", bạn bù lại ở các đoạn bằng phía sau, không bao giờ ở đoạn đổ dốc.
panel-morning-crowded = Xuất phát đông
panel-morning-lost-over = mất trong
panel-morning-goal-b = Mục tiêu B (H:MM:SS)
panel-morning-no-conditions = Chưa có thời tiết: kế hoạch bỏ qua nắng nóng.
panel-morning-col-time = Giờ
panel-morning-col-air = Nhiệt độ °C
panel-morning-col-dew = Điểm sương °C
panel-morning-remove-hour = Xóa giờ này
panel-morning-add-hour = Thêm một giờ
panel-morning-pasted-by-you = bạn tự dán
panel-morning-table-source = Bảng: { $source }
panel-morning-mode-help = Giữ mục tiêu: giờ về đích vẫn là mục tiêu, các giờ mát hơn gánh nhiều phần việc hơn. Giữ sức: chạy đúng sức của mục tiêu và xem giờ về đích sau khi tính nắng nóng.
panel-morning-keep-goal = Giữ mục tiêu
panel-morning-keep-effort = Giữ sức
panel-morning-acclimatised = Đã quen nóng (10-14 ngày trong nắng nóng)
panel-morning-response = Mức ảnh hưởng của nắng nóng
panel-morning-response-help = Nắng nóng làm bạn chậm hơn bao nhiêu so với đa số runner (100 %). Runner nặng cân hoặc chưa khỏe thường bị ảnh hưởng nhiều hơn.
panel-morning-heat-model = Mô hình nắng nóng: { $model }.
panel-morning-catch-up = Thẻ bù giờ (pace ở các đoạn bằng phía trước)
panel-morning-catch-up-help = Chậm so với kế hoạch ở một mốc? Bù pace ở các đoạn bằng theo pace này, đừng thả dốc để bù giờ. "bỏ qua": phải tăng tốc hơn 3 % mới bù kịp.
panel-morning-col-planned = dự kiến
panel-morning-col-goal-b = Mục tiêu B
panel-morning-let-go = bỏ qua

## Bảng bên: Chỉnh sửa của bạn

panel-corr = Chỉnh sửa của bạn
panel-corr-count = Chỉnh sửa của bạn ({ $count })
panel-corr-hint = Giữ Shift và kéo trên biểu đồ (hoặc bật "Thêm đoạn đổ dốc" rồi kéo) để chọn một đoạn: thêm nó làm đoạn đổ dốc, hoặc đánh dấu là mặt cầu hay độ cao sai. Chọn một đoạn đổ dốc để đổi tên, chọn loại, dời hai đầu hoặc xóa.
panel-corr-add = ✎ Thêm đoạn đổ dốc
panel-corr-add-help = Bật: kéo trên biểu đồ sẽ chọn một đoạn thay vì kéo biểu đồ.
panel-corr-undo = Hoàn tác
panel-corr-redo = Làm lại
panel-corr-reset = Đặt lại đường chạy này…
panel-corr-reset-help = Xóa mọi chỉnh sửa bạn đã làm trên đường chạy này.
panel-corr-official = Số liệu chính thức
panel-corr-official-help = Theo thông tin của giải: biểu đồ, các tổng số và kế hoạch được co giãn theo đó, và các tệp xuất ra ghi rõ là số chính thức.
panel-corr-climb-suffix = m tổng leo
panel-corr-apply = Áp dụng
panel-corr-use-file = Dùng số của tệp
panel-corr-scaled = Đường chạy đã được co giãn theo số liệu chính thức.
panel-corr-stretch = { $from } đến { $to }: { $kind }
panel-corr-remove-mark = Xóa đánh dấu này

## Biểu đồ

plot-empty = Thả tệp GPX đường chạy vào đây, hoặc chọn Tệp > Mở đường chạy…
plot-no-elevation = Tệp này không có dữ liệu độ cao.
plot-no-elevation-why = Đã biết cự ly, nhưng muốn tìm đoạn leo, đoạn đổ dốc và pace quy đổi theo dốc thì cần độ cao.
plot-no-elevation-fix = Xuất lại đường chạy kèm độ cao (đa số công cụ vẽ lộ trình đều thêm được) rồi thả vào đây.
plot-axis-distance = cự ly ({ $unit })
plot-axis-elevation = độ cao (m)
plot-repaired = độ cao đã sửa
plot-hover-elevation = độ cao { $elevation } m · độ dốc { $grade } %
plot-hover-planned-at = dự kiến { $pace } · lúc { $clock }
plot-hover-planned = dự kiến { $pace }
plot-climbs = đoạn leo dốc
plot-kind-descents = đổ dốc { $kind }
plot-elevation = độ cao
plot-axis-pace = pace mỗi { $unit }
plot-night = đêm
plot-dawn = rạng đông
plot-flat-pace = pace đường bằng
plot-planned-pace = pace dự kiến
plot-kcal-per-km = kcal mỗi km
plot-cumulative = cộng dồn (đỉnh = { $kcal } kcal)

## Chỉnh sửa: hoàn tác, cửa sổ chọn đoạn, đặt lại

corr-undone = Đã hoàn tác chỉnh sửa (Ctrl+Shift+Z để làm lại).
corr-redone = Đã làm lại chỉnh sửa.
corr-reset-title = Đặt lại đường chạy này?
corr-reset-body = Thao tác này xóa cả { $count } chỉnh sửa của bạn trên đường chạy này (tên, loại, hai đầu, đoạn đổ dốc đã thêm và đã xóa, đoạn đã đánh dấu, số liệu chính thức). Ctrl+Z để lấy lại.
corr-reset-confirm = Xóa các chỉnh sửa của tôi
corr-cancel = Hủy
corr-stretch-title = Đoạn này
corr-stretch-range = { $from } đến { $to }
corr-stretch-add = Thêm đoạn đổ dốc ở đây
corr-stretch-add-help = Tính đoạn này là đoạn đổ dốc: có pace, tải và lưu ý kỹ thuật riêng.
corr-mark-deck = Đánh dấu là mặt cầu
corr-mark-deck-help = Tệp ghi mặt cầu ngang mặt nước: vẽ thẳng nối hai đỉnh dốc cầu; hai dốc cầu trở thành đoạn đổ dốc cầu.
corr-mark-bad = Đánh dấu là độ cao sai
corr-mark-bad-help = Hầm hoặc lỗi mô hình độ cao: vẽ độ cao thẳng qua đoạn này.

## Cửa sổ Tệp > Xuất cho đồng hồ…

watch-win-title = Xuất cho đồng hồ
watch-win-export = Xuất vào thư mục…
watch-win-export-disabled = Chọn ít nhất một tệp và gõ ngày race.
watch-win-race-date = Ngày race
watch-win-race-date-help = Ngày race theo giờ địa phương; các tệp ghi giờ ngày race theo UTC (múi giờ lấy theo kinh độ của đường chạy: UTC+7 ở Việt Nam).
watch-win-not-a-date = chưa phải ngày hợp lệ
watch-win-over-read = Đồng hồ của tôi đo dư
watch-win-over-read-help = Trên đường race, đồng hồ thường đo dư 0,5-2 % (cắt cua, cầu, nhà cao tầng). Các bước cự ly của bài chạy race và dải pace dùng số này.
watch-win-water = Trạm nước (km)
watch-win-water-hint = theo giải, hoặc mỗi 2.5 km
watch-win-water-help = Cách nhau bằng dấu phẩy, số thập phân dùng dấu chấm, ví dụ 2.5, 5, 7.5. Để trống: theo khoảng cách giải công bố với các đường chạy mẫu, nếu không thì mỗi 2.5 km. Gel được xếp tại các trạm này.

## Hộp thoại chọn tệp

dialog-open-course = Mở đường chạy
dialog-gpx-course = Đường chạy GPX
dialog-open-plan = Mở kế hoạch đã lưu
dialog-plan-file = Kế hoạch Downhill Planner
dialog-open-ground = Mở nơi tập của bạn
dialog-fit-folder = Thư mục lưu bài tập cho đồng hồ (FIT)
dialog-watch-folder = Thư mục lưu tệp đồng hồ cho ngày race
dialog-save-ics = Xuất lịch tập
dialog-save-json = Xuất kế hoạch ra JSON
dialog-save-pdf = Xuất kế hoạch ra PDF

## Xuất từ cửa sổ

app-export-no-plan = Chưa có kế hoạch để xuất.
app-export-no-block = Chưa có giáo án để xuất.
app-export-no-watch-file = Chọn ít nhất một tệp đồng hồ để xuất.
app-export-your-race = race của bạn
app-export-pdf-saved = Đã lưu thẻ kế hoạch race vào { $path }
app-export-json-saved = Đã lưu kế hoạch vào { $path }
app-export-ics-saved = Đã lưu lịch tập vào { $path }
app-export-fit-saved = Đã lưu { $count } bài tập cho đồng hồ (FIT) vào { $path }
app-export-watch-saved = Đã lưu { $count } tệp đồng hồ vào { $path }

## Mở đường chạy, kế hoạch và nơi tập

open-plan-restored = Đã mở lại kế hoạch.
open-plan-restored-changed = Đã mở lại kế hoạch, nhưng tệp đường chạy đã thay đổi từ lúc lưu: hãy kiểm tra lại các đoạn đổ dốc và split.
open-loaded-notes = Đã mở { $name }, có { $count } ghi chú: xem mục Đường chạy ở bảng bên.
open-goal-fitted = Mục tiêu { $goal } không hợp với đường chạy { $km } km này: đã đổi thành { $fitted }, giữ nguyên { $pace }/km. Sửa lại ở mục Race.
open-ground-failed = { $error } — nơi tập vẫn giữ nguyên.
open-load-failed-kept = { $error } — vẫn hiển thị đường chạy trước đó.
open-ground-loaded = Nơi tập { $name }: { $count } đoạn phù hợp cho các buổi tập đổ dốc.
open-dropped-plan-unreadable = Không đọc được kế hoạch vừa thả ({ $error }).
open-dropped-file = tệp vừa thả
open-dropped-unreadable = Không đọc được tệp vừa thả ({ $error }).
open-several-dropped = Bạn thả nhiều tệp; chỉ mở tệp đầu tiên.
open-no-dialog = Máy này không hiện được hộp thoại chọn tệp (không có portal hay zenity); hãy thả tệp vào cửa sổ.
open-plan-unknown-sample = Kế hoạch dùng một đường chạy mẫu mà phiên bản này không có ({ $id }).
open-plan-course-missing = Không tìm thấy tệp đường chạy của kế hoạch tại { $path }; hãy chọn tệp GPX đường chạy để mở lại kế hoạch.
open-plan-no-course = Kế hoạch không ghi nó dành cho đường chạy nào; hãy chọn tệp GPX đường chạy.
loader-sample = mẫu
loader-stopped = trình đọc tệp dừng bất ngờ

## Cửa sổ phân tích sau race

debrief-need-plan = Hãy mở đường chạy của race và lập kế hoạch trước: bản ghi được so với kế hoạch đang hiển thị.
debrief-reading = Đang đọc bản ghi race { $name }…
debrief-thread-failed = Không đọc được bản ghi ({ $reason }).
debrief-stopped = việc đọc bản ghi đã dừng
debrief-done = Phân tích race { $name }: { $delta } so với kế hoạch, { $rushed }/{ $count } đoạn đổ dốc thả quá nhanh.
debrief-failed = { $reason }. Kế hoạch vẫn giữ nguyên.
debrief-over-read-set = Đã đặt mức đồng hồ đo dư là { $pct } % (race của bạn đo được { $measured } %); tệp đồng hồ của kế hoạch sau sẽ tính đến.
debrief-menu = Mở bản ghi race…
debrief-menu-hover = Race của bạn như đồng hồ đã ghi (GPX, TCX, FIT), so với kế hoạch này.
debrief-title = Phân tích sau race
debrief-finished = Về đích { $actual }, kế hoạch { $planned } ({ $delta }); dừng { $stopped }.
debrief-over-read = Đồng hồ đo dư: { $pct } % (ghi { $recorded } km cho { $course } km).
debrief-plan-next = Lập kế hoạch race sau từ đây
debrief-plan-next-hover = Đặt mức đồng hồ đo dư là { $pct } % cho tệp đồng hồ của kế hoạch sau.
debrief-axis-pace = pace mỗi km
debrief-planned = kế hoạch
debrief-run = thực tế
debrief-descents = Đoạn đổ dốc
debrief-col-descent = đoạn đổ dốc
debrief-col-cap = pace giới hạn
debrief-col-run = thực tế
debrief-col-flat-after = đoạn bằng sau đó
debrief-rushed-note = Thả dốc quá nhanh: nhanh hơn pace giới hạn quá { $pct } %. +/- là thời gian mất (+) hoặc được (-) so với kế hoạch.
debrief-rushed = Thả dốc quá nhanh (nhanh hơn { $pct } %)
debrief-held = giữ đúng
debrief-flat-after = kế hoạch { $planned }, thực tế { $run } ({ $delta }){ $faded ->
        [yes] , đuối sức
       *[no] {""}
    }
dialog-open-recording = Mở bản ghi race của bạn
dialog-filter-activity = Hoạt động

## Các buổi chạy của tôi

runs-title = Các buổi chạy của tôi
runs-import-folder = Nhập một thư mục…
runs-import-folder-hover = Thư mục chứa các buổi chạy có thời gian của bạn (GPX, TCX, FIT), tìm sâu 8 cấp.
runs-import-file = Nhập một tệp…
runs-remove = Xóa các buổi chạy của tôi
runs-intro = Nhập các buổi chạy có thời gian của bạn để ứng dụng học cách bạn chạy ở từng độ dốc ("Của tôi" trong mô hình pace) và gần đây bạn đã đổ dốc bao nhiêu (điểm bắt đầu của giáo án). Không có dữ liệu nào rời khỏi máy này.
runs-reading = Đang đọc các buổi chạy ({ $i }/{ $n }): { $done }/{ $total } tệp
runs-cancel = Hủy
runs-took = , trong { $s } giây
runs-counts = { $files } tệp: dùng { $used } buổi chạy, { $blocks } đoạn ~100 m ({ $cached } từ bộ nhớ đệm{ $took }).
runs-left-out = Bỏ qua: { $not_running } không phải chạy bộ, { $stops } lần dừng, { $jumps } lần GPS nhảy, { $broken } đoạn độ cao hỏng; { $unreadable } không đọc được, { $untimed } không có thời gian, { $no_flat } không có đoạn bằng.
runs-effort = Quy về cùng cường độ: { $hr_runs } buổi có nhịp tim (bỏ { $off } đoạn lệch khỏi vùng nhịp tim ổn định); các buổi khác so theo pace quen thuộc của chính buổi đó.
runs-files = Tệp và thư mục
runs-none-usable = Chưa có buổi chạy dùng được: cần có thời gian, pace chạy bộ và vài đoạn bằng.
runs-no-curve = Chưa có đường cong từ các buổi chạy của bạn: kế hoạch dùng đường cong kiểu Strava. Hãy nhập các buổi chạy ở mục Các buổi chạy của tôi.
runs-all-grades = Mọi độ dốc của đường chạy này đều được lập từ { $count } buổi chạy của bạn.
runs-grade-span = { $from } đến { $to } %
runs-too-few = Quá ít buổi chạy ở { $grades }: chỗ đó lập theo { $fallback }.
runs-none-recent = Không buổi nào trong 6 tuần qua (gần nhất: { $latest }): giáo án bắt đầu từ tuần đầu như thường lệ.
runs-recent = Đổ dốc trong 6 tuần qua: { $m } m (giáo án bắt đầu từ mức này).
runs-fallback-label = chỗ có quá ít buổi chạy
runs-fallback-hover = "Của tôi" dùng pace của chính bạn ở độ dốc có ít nhất 20 đoạn ~100 m, và mô hình này ở các độ dốc còn lại.
runs-bar = { $grade } %: { $blocks } đoạn{ $few ->
        [yes] {" "}(quá ít)
       *[no] {""}
    }
runs-axis-grade = độ dốc (%)
runs-axis-speed = tốc độ / tốc độ đường bằng
runs-blocks-scaled = số đoạn (co giãn)
runs-band = vùng tin cậy 95 %
runs-mine-fallback = của tôi + mô hình dự phòng
runs-mine = của tôi
runs-stopped = Việc nhập dừng đột ngột.
runs-cancelled = Đã hủy nhập: các buổi chạy của bạn giữ nguyên.
runs-removed-fallback = Đã xóa các buổi chạy: kế hoạch dùng lại { $model }.
runs-removed = Đã xóa các buổi chạy của bạn.
runs-menu = Nhập các buổi chạy của tôi…
runs-menu-folder = Một thư mục buổi chạy…
runs-menu-file = Một buổi chạy (GPX, TCX, FIT)…
runs-menu-hover = Các buổi chạy có thời gian giúp ứng dụng biết bạn chạy từng độ dốc thế nào (xem Các buổi chạy của tôi).
dialog-import-run = Nhập một buổi chạy của bạn
dialog-timed-activity = Hoạt động có thời gian
dialog-import-runs-folder = Nhập thư mục các buổi chạy của bạn

## Bản đồ

map-start-finish = Xuất phát · Về đích
map-start = Xuất phát
map-finish = Về đích
map-flat = bằng
map-on-the-map = trên bản đồ
map-no-positions = Đường chạy này không có tọa độ để vẽ.
map-title = Bản đồ
map-fit = Vừa khung
map-fit-hover = Hiện lại toàn bộ đường chạy (hoặc nhấp đúp vào bản đồ)
map-canvas = Bản đồ đường chạy
map-help = Kéo để di chuyển, cuộn để thu phóng, nhấp đúp để vừa khung.
map-at = Tại { $distance }
menu-show-map = Hiện bản đồ

# export: Vietnamese (tiếng Việt)

## Ngày và số (src/date.rs, src/format.rs)
date-mon = T2
date-tue = T3
date-wed = T4
date-thu = T5
date-fri = T6
date-sat = T7
date-sun = CN
date-monday = Thứ Hai
date-tuesday = Thứ Ba
date-wednesday = Thứ Tư
date-thursday = Thứ Năm
date-friday = Thứ Sáu
date-saturday = Thứ Bảy
date-sunday = Chủ Nhật
fmt-na = không có
fmt-noise = độ rung {$jitter} m, độ trôi {$drift} m

## Thẻ kế hoạch race (PDF): mọi trang
pdf-plan-facts = mục tiêu {$goal} · xuất phát {$start} · về đích {$finish} · {$model}
pdf-continued = {$title} (tiếp)
pdf-doc-title = Kế hoạch race: {$course}
pdf-footer = Downhill Planner · {$course} · trang {$page}/{$pages}
pdf-col-pace = pace
pdf-col-time = thời gian
pdf-col-total = tổng
pdf-col-clock = giờ
pdf-col-grade = độ dốc
pdf-col-load = tải

## Trang 1, tổng quan
pdf-overview-title = Tổng quan race
pdf-box-distance = Cự ly
pdf-box-distance-official = Cự ly (chính thức)
pdf-box-gain-loss = Tổng leo / xuống
pdf-box-finish = Về đích
pdf-box-flat-pace = Pace đường bằng
pdf-box-energy = Năng lượng
pdf-box-descent-load = Tải đổ dốc
pdf-box-points = {$points} điểm
pdf-totals = Tổng leo {$gain} · tổng xuống {$loss}
pdf-totals-noise = nhiễu độ cao ước tính từ file: {$noise}; chỉ tính leo khi chênh từ {$threshold} m
pdf-no-elevation = Cung đường này không có dữ liệu độ cao.
pdf-col-descent = Đoạn đổ dốc
pdf-col-drop = chênh cao
pdf-col-planned = kế hoạch
pdf-col-flat = đường bằng
pdf-col-risk = rủi ro
pdf-descents-caption = Các đoạn đổ dốc
pdf-no-descents = Cung đường này không có đoạn đổ dốc đáng kể.
pdf-edited-note = ✎ bạn đã chỉnh sửa (tên, loại, điểm đầu cuối, hoặc thêm mới).
pdf-official-note = Cự ly và tổng leo đã quy theo số liệu chính thức bạn nhập.
pdf-col-part = chặng
pdf-parts-caption = Các chặng của cung đường
pdf-part-down = {$name} (đổ dốc)
pdf-part-up = {$name} (leo dốc)
pdf-race-day-rule = Nguyên tắc ngày race: chia sức theo mục tiêu. Lên dốc chấp nhận pace chậm như kế hoạch (sức lên dốc {$uphill} %); bù giờ dần dần ở đoạn bằng, tuyệt đối không thả dốc để bù (kìm tốc khi đổ dốc {$restraint} %).

## Trang 2, split
pdf-splits-title = Split từng km
pdf-col-split = split

## Trang 3, chiến thuật
pdf-strategy-title = Chiến thuật đổ dốc, năng lượng và gel/nước
pdf-more-descents = (còn các đoạn đổ dốc khác: xem bảng ở trang tổng quan)
pdf-descent-edited = {$name} (bạn đã chỉnh sửa)
pdf-descent-title = {$name} · km {$start}-{$end} · lúc {$clock}
pdf-energy = Năng lượng
pdf-energy-facts = {$kcal} kcal: leo dốc {$climbs} %, đổ dốc {$descents} %, đường bằng {$flats} % (chi phí chạy theo Minetti 2002)
pdf-energy-legend = đường đỏ: cộng dồn, đỉnh = {$kcal} kcal
pdf-fuelling = Tiếp năng lượng
pdf-carbs = dự kiến nạp {$grams} g carb
pdf-water-stations = Trạm nước tại km {$km}.

## Trang 4, sáng ngày race
pdf-morning-title = Sáng ngày race và thẻ bù giờ
pdf-no-weather = Kế hoạch chưa có thời tiết sáng ngày race: nhập nhiệt độ và điểm sương theo giờ (mục Sáng ngày race trong app, --weather khi dùng dòng lệnh) để kế hoạch tính nắng nóng theo giờ.
pdf-heat-mode = Nắng nóng: {$mode}
pdf-acclimatised = đã quen nóng
pdf-race-day = ngày race {$date}
pdf-dawn-sunrise = rạng đông {$dawn}, bình minh {$sunrise}
pdf-col-air = nhiệt độ
pdf-col-dew-point = điểm sương
pdf-col-humidity = độ ẩm
pdf-col-temp-dew = nhiệt + sương (°F)
pdf-col-slowdown = chậm đi
pdf-conditions-caption = Thời tiết
pdf-heat-finish = Nếu chạy đúng sức của mục tiêu trong trời nóng này, bạn về đích khoảng {$same}; kế hoạch về đích {$planned}.
pdf-heat-model = Mô hình: {$model}.
pdf-heat-source = Bảng: {$source}.
pdf-fluids = Bù nước và natri
pdf-fluids-text = Ra mồ hôi khoảng {$sweat} l/giờ ({$source}), {$total} l cả cuộc đua. Uống khoảng {$drink} l/giờ: {$station} ml ở mỗi trạm nước (cách nhau {$every} km). Natri khoảng {$sodium} mg/giờ. Dự kiến mất {$loss} % khối lượng cơ thể khi về đích.
pdf-col-b-goal = mục tiêu B
pdf-col-behind-15 = chậm 15 s
pdf-catch-up-caption = Thẻ bù giờ: pace trên đoạn bằng phía trước (đoạn đổ dốc giữ nguyên giới hạn)
pdf-let-it-go = bỏ qua
pdf-catch-up-note = Bị chậm ở một mốc? Bù lại từng giây trên đoạn bằng và dốc thoải phía trước theo pace ghi trong bảng; đừng bao giờ thả dốc để bù giờ. "Bỏ qua" nghĩa là phải tăng tốc hơn 3 %: giữ kế hoạch, giữ cơ đùi trước.

## Trang giáo án
pdf-training-title = Giáo án chạy đổ dốc
pdf-training-legend = Xanh lá: chạy nhẹ tập trung kỹ thuật; xanh dương: strides, lặp dốc xuống và đổ dốc sát race; xám: bài sức mạnh. Hàng tô màu: tuần hồi phục (xanh dương) và tuần giảm tải (xanh lá).
pdf-training-intro = {$weeks} tuần từ {$start} đến ngày race {$race}. Pace {$paces}.
pdf-training-copy = Các buổi sát race mô phỏng {$what}.
pdf-week = Tuần {$n}
pdf-week-taper = giảm tải
pdf-week-recovery = hồi phục

## Vòng pace đeo tay
pdf-band-title = Vòng pace đeo tay
pdf-band-how = Cắt theo đường nét đứt rồi dán các dải quanh cổ tay (mỗi dải 200 mm x 25 mm).
pdf-band-legend = Ô xanh là đoạn đổ dốc: chạy đúng pace kế hoạch, không nhanh hơn. Trên: mốc km (▼ đỉnh dốc, ▲ chân dốc); giữa: thời gian đã chạy tới đó; dưới: pace km đó, hoặc giới hạn pace khi đổ dốc.
pdf-band-over-read = Đồng hồ của bạn đo dư khoảng {$pct} %: ở mốc {$last} km nó hiện khoảng {$shows} km (ở 10 km là {$shows10}). Bấm lap tại các mốc km chính thức; các bước theo cự ly trong bài tập race cũng được kéo dài thêm {$pct} %.
pdf-band-foot = chân dốc

## File cho đồng hồ: tên được bỏ dấu và cắt còn 15 byte
watch-water-note = Trạm nước tại km {$km}
watch-water-name = Nuoc {$km}
watch-gel-name = Gel số {$n}
watch-descent-note = {$name}: không nhanh hơn {$cap}/km
watch-foot-name = Chan {$place}
watch-foot-note = Chân dốc {$name}
watch-up-name = Leo {$place}
watch-top-name = Dinh {$place}
watch-top-note = Đỉnh {$name} (+{$gain} m)
watch-step-descent = Không nhanh hơn {$pace}/km; kết thúc ở chân dốc theo cự ly (không bấm lap giữa chừng). {$cue}
watch-step-run-out-name = km {$km} sau doc
watch-step-run-out = Qua {$place}: về lại {$pace}/km; đừng cố bù giờ.
watch-step-planned = Kế hoạch {$pace}/km.
watch-workout-name = Bài race {$name}
watch-gpx-desc = Thời gian dự kiến từ Downhill Planner: bạn chạy ảo chạy theo kế hoạch.
watch-label-fit-course = Cung đường FIT (bạn chạy ảo)
watch-label-gpx-timed = Track GPX có thời gian
watch-label-tcx-course = Cung đường TCX
watch-label-fit-workout = Bài tập race (FIT)
watch-how-fit-course = Garmin: chép vào GARMIN/NewFiles qua USB, rồi vào Navigation > Courses; bắt đầu và chọn màn hình bạn chạy ảo. Coros, Suunto, Wahoo: nhập qua app điện thoại.
watch-how-gpx-timed = Cho đồng hồ và app nhập được track GPX có thời gian (Garmin Connect nhập course, Suunto, Coros, Polar Flow); với Garmin cũng có thể chép vào GARMIN/NewFiles.
watch-how-tcx-course = Garmin đời cũ và Garmin Connect (Import course); điểm trên cung đường TCX chỉ có tên 10 ký tự.
watch-how-fit-workout = Garmin: chép vào GARMIN/NewFiles qua USB, rồi vào Training > Workouts; bấm lap tại mỗi mốc km chính thức.
watch-timing-note = Chỉ màn hình bạn chạy ảo chạy theo thời gian của kế hoạch; các ô thời gian còn lại và ETA dùng pace hiện tại của bạn.

## Phân tích sau race (PDF)
pdf-debrief-title = Phân tích sau race
pdf-debrief-facts = Về đích {$finish}, kế hoạch {$planned} ({$delta}) · dừng {$stopped} · đồng hồ đo dư {$over_read} % (kế hoạch sau: {$next} %)
pdf-debrief-pace = Pace từng km
pdf-debrief-pace-legend = nét đứt xám: kế hoạch · đỏ: thực tế · càng chậm càng cao
pdf-debrief-col-descent = đoạn đổ dốc
pdf-debrief-col-cap = giới hạn
pdf-debrief-col-run = thực tế
pdf-debrief-col-flag = đánh giá
pdf-debrief-col-flat-plan = đoạn bằng sau đó: kế hoạch
pdf-debrief-col-total = tổng +/-
pdf-debrief-descents-caption = Đoạn đổ dốc: giới hạn pace theo kế hoạch so với bạn đã chạy
pdf-debrief-rushed = THẢ DỐC QUÁ NHANH {$pct} %
pdf-debrief-held = giữ được
pdf-debrief-faded = đuối sức
pdf-debrief-note = Thả dốc quá nhanh: nhanh hơn giới hạn pace trên {$pct} %. Pace tính theo phút:giây mỗi km cự ly đường chạy; +/- là thời gian mất (+) hoặc được (-) so với kế hoạch.
pdf-debrief-km-caption = Từng km: kế hoạch so với thực tế

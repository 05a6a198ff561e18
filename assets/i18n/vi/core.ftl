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

## Hạng dốc, loại, tên và lý do (course/)

cat-minor = nhỏ
cat-major = lớn
cat-4 = Cấp 4
cat-3 = Cấp 3
cat-2 = Cấp 2
cat-1 = Cấp 1
cat-hc = HC
kind-bridge = cầu
kind-pass = đèo
kind-hill = dốc
course-unnamed = Đường chạy chưa đặt tên
climb-numbered = Đoạn leo dốc { $n }
climb-named = { $name } (leo dốc)
descent-numbered = Đoạn đổ dốc { $n }
descent-yours = Đoạn đổ dốc của bạn { $n }
reason-waypoint = theo tên điểm đánh dấu "{ $name }"
reason-winding = đoạn đổ dốc dài, quanh co (đường chạy dài gấp { $ratio } lần đường thẳng)
reason-hill = không phải kết cấu thẳng như cầu, cũng không phải đường đèo dài quanh co
reason-crosses = đi qua { $name } (danh mục địa danh: cách tâm cầu { $metres } m)
reason-runs-down = đổ xuống từ { $name } (danh mục địa danh: bắt đầu cách đỉnh { $metres } m)
reason-added = do bạn thêm
reason-named = đặt tên
reason-kind-set = chọn loại
reason-ends-moved = dời điểm đầu/cuối
reason-edited = bạn đã { $what } (ban đầu: { $found })
reason-off-deck = xuống từ mặt cầu bạn đánh dấu ở km { $from }-{ $to }
stretch-bridge-deck = mặt cầu (bạn đánh dấu)
stretch-bad-elevation = độ cao sai (bạn đánh dấu)

## Sửa độ cao (course/repair.rs)

repair-spike = gai
repair-pit = hố
repair-step = bậc
repair-gap = khoảng trống trong bản ghi
repair-bridge-deck = mặt cầu ở mức mặt nước
repair-marked-deck = mặt cầu bạn đánh dấu
repair-marked-bad = độ cao sai bạn đánh dấu
repair-note-gap = km { $from }-{ $to }: { $what } ({ $size } m không có điểm), độ cao được nội suy
repair-note = km { $from }-{ $to }: { $what } { $size } m trong độ cao, đã sửa
repair-reason = { $what } { $size } m

## Chiến thuật đổ dốc và lời nhắc kỹ thuật (plan/strategy.rs, training/workouts.rs)

risk-low = thấp
risk-moderate = vừa
risk-high = cao
strategy-summary = Pace dự kiến { $planned }/km, so với { $flat }/km ở đường bằng (riêng mô hình cho phép tới { $model }/km): nhanh hơn { $gained } giây. Tải đổ dốc { $load }, rủi ro { $risk }.
cue-lean = Hơi đổ người về trước từ hông; mắt nhìn phía trước, đừng nhìn xuống chân.
cue-cadence = Bước ngắn, nhanh, tăng cadence; tiếp đất bằng giữa bàn chân, đừng tiếp đất bằng gót.
cue-relaxed = Thả lỏng vai và tay, giữ chắc core.
cue-no-rush = Đừng thả dốc để bù giờ: chạy đúng pace kế hoạch, đừng ép tốc.
cue-bridge = Cầu: lên tới đỉnh rất nhanh; qua đỉnh thì thả lỏng rồi vào nhịp đổ dốc, đừng bứt tốc.
cue-pass = Đèo: dài và nhiều khúc cua; chỉ cắt cua khi an toàn, giữ sức đều qua từng khúc cua.
cue-late = Cuối race: cơ đùi trước đã mỏi, dễ tiếp đất bằng gót để phanh; bước ngắn lại thêm nữa.
cue-quick-feet = Bước chân nhẹ và nhanh: đừng sải dài, đừng dậm mạnh.
cue-in-control = Người đổ nhẹ theo dốc, bước ngắn và nhanh; luôn làm chủ tốc độ suốt con dốc.
cue-rehearse = Tập trước đoạn đổ dốc của race: cùng pace, cùng tư thế, xuống chân dốc thì chạy tiếp thật thả lỏng.
cue-strong-legs = Cơ đùi trước và core khỏe sẽ đỡ lực phanh cho đầu gối ở những đoạn đổ dốc dài.

## Split và tiếp năng lượng (plan/)

part-down = { $name } (đổ dốc)
part-flat = Đường bằng và dốc nhẹ
terrain-uphill = Lên dốc
terrain-downhill = Xuống dốc
terrain-flat = Đường bằng
split-mile = dặm { $n }
fuel-gel = Gel { $n } ({ $grams } g carb) kèm nước
fuel-at-water = tại trạm nước km { $km }
fuel-after-descent = dời xuống cuối { $name } (không dùng gel khi đang đổ dốc)

## Sáng ngày race: nắng nóng, bù nước, bù giờ (plan/raceday.rs, conditions.rs, models.rs)

sweat-measured = bạn tự đo
sweat-estimated = ước tính từ cân bằng nhiệt ở điều kiện giữa race
fluids-caution = Uống theo cơn khát và đừng bao giờ uống nhiều hơn lượng mồ hôi mất đi: uống quá mức có thể làm loãng natri trong máu (hạ natri máu). Cố gắng không sụt quá 2 % cân nặng (ACSM, Sawka và cs. 2007).
heat-hadley = Nhiệt độ không khí + điểm sương lên tới { $sum } °F trong lúc chạy: theo bảng Hadley, trên 180 thì không nên chạy cường độ cao; hãy đặt mục tiêu chậm hơn và uống theo cơn khát.
catch-up-let-go = bỏ qua, đừng cố bù
catch-up-pace = { $pace }/km trên đường bằng
morning-sun = Rạng đông { $dawn } · bình minh { $rise } · hoàng hôn { $set }
morning-heat = Chạy đúng sức của mục tiêu trong trời nóng này: về đích { $finish } (kế hoạch { $planned })
morning-fluids = Bù nước: ra mồ hôi { $sweat } l/h ({ $source }); uống { $drink } l/h, khoảng { $ml } ml mỗi { $every } km; natri { $sodium } mg/h
heat-keep-goal = giữ mục tiêu
heat-keep-effort = giữ sức
model-strava = Kiểu Strava (thực nghiệm)
model-kay = Kay 2012 (chạy địa hình đồi)
model-minetti = Minetti 2002 (chi phí năng lượng)
model-personal = Của tôi (từ các buổi chạy của tôi)

## Giáo án đổ dốc: trình độ, bài tập, giai đoạn tuần, buổi tập (training/)

experience-new = Mới tập chạy đổ dốc
experience-some = Đã chạy đổ dốc đôi chút
experience-experienced = Đã có kinh nghiệm
workout-form-jog = Chạy nhẹ đổ dốc tập trung kỹ thuật
workout-strides = Strides đổ dốc
workout-repeats = Lặp dốc xuống có kiểm soát
workout-race-specific = Đổ dốc mô phỏng race
workout-strength = Sức mạnh: core và cơ đùi trước
phase-recovery = { $workout } (tuần hồi phục)
phase-taper = Giảm tải
title-minutes = { $workout } ({ $minutes } phút)
title-reps = { $workout } ({ $reps } lần x { $metres } m)
title-sets = { $workout } ({ $sets } hiệp)
session-pace = pace { $fast }-{ $slow }/km
session-slope = trên dốc -{ $from } đến -{ $to } %
session-warmup = Khởi động: { $minutes } phút chạy nhẹ{ $pace }.
session-cooldown = Thả lỏng: { $minutes } phút chạy nhẹ.
session-where = Địa điểm: { $place }.
session-technique = Kỹ thuật:
step-warmup = Khởi động
step-warmup-note = Chạy nhẹ trên đường bằng.
step-cooldown = Thả lỏng
step-cooldown-note = Chạy nhẹ trên đường bằng, rồi giãn cơ đùi trước và bắp chân.
step-form-jog = Chạy nhẹ đổ dốc
step-form-jog-note = Rất nhẹ, pace hồi phục, trên dốc thoải -{ $from } đến -{ $to } %; hết dốc thì đi bộ lên lại. Chỉ tập trung tư thế.
step-stride = Stride đổ dốc
step-stride-note = Nhanh và thả lỏng, cường độ gần pace 5 km, trên dốc -{ $from } đến -{ $to } %; cadence nhanh.
step-walk-back = Đi bộ lên lại
step-walk-back-note = Đi bộ lên lại đỉnh dốc; vào stride tiếp theo khi đã hồi sức.
step-race-descent = Đổ dốc pace race
step-race-descent-note = Đúng pace đổ dốc trong kế hoạch race, trên dốc -{ $from } đến -{ $to } %, như ngày race: có kiểm soát, không bao giờ chạy nước rút.
step-repeat = Lặp dốc xuống có kiểm soát
step-repeat-note = Có kiểm soát, vừa đến nhanh (cường độ half marathon đến 10 km) trên dốc -{ $from } đến -{ $to } %. Đừng chạy quá nhanh.
step-jog-back = Đi bộ hoặc chạy nhẹ lên lại
step-jog-back-note = Đi bộ hoặc chạy nhẹ lên lại đến khi hồi sức hẳn.
step-plank = Plank
step-plank-note = 30-60 s, người thẳng một đường, siết core.
step-squats = Squat
step-squats-note = 10-15 lần chậm, gối theo hướng mũi chân; hạ người trong 3 s (ly tâm cơ đùi trước).
step-box-jumps = Bật nhảy lên bục
step-box-jumps-note = 6-10 lần lên bục chắc chắn; tiếp đất nhẹ, bước xuống.
step-rest = Nghỉ
step-rest-note = Nghỉ 60 s giữa các bài và các hiệp.
ground-yours = nơi tập của bạn
spot = km { $from } đến { $to } của { $ground }, { $grade } %
spot-reversed = km { $from } ngược về km { $to } của { $ground } (chạy ngược chiều file), { $grade } %
spot-none = Không có đoạn nào của { $ground } hợp cho bài đổ dốc (2-6 % dài 100-300 m).
fit-slope = Trên dốc -{ $from } đến -{ $to } %.
fit-repeat = Lặp lại { $reps } lần
ics-calendar = Tập đổ dốc: { $race }
ics-summary = Tuần { $week }: { $title }

## Đường cong cá nhân, đường chạy mẫu (history/curve.rs, course/sample.rs)

curve-method = Trung vị tốc độ / tốc độ trên đường bằng của buổi chạy, theo từng khoảng độ dốc 1 %, qua { $runs } buổi chạy, làm mượt (±2 khoảng, lên và xuống tách riêng, đơn điệu khi lên dốc); khoảng có dưới { $blocks } đoạn thì dùng { $model }.
sample-da-nang = Đà Nẵng: Cầu Thuận Phước (gần đúng)
sample-ha-long = Hạ Long: Cầu Bãi Cháy (gần đúng)
sample-nha-trang = Nha Trang: Đèo Lương Sơn (gần đúng)

## Nhận xét sau race

verdict-on-time = đúng giờ
verdict-slower = chậm hơn { $time }
verdict-faster = nhanh hơn { $time }
verdict-finished-on-plan = Bạn về đích { $time }, đúng kế hoạch.
verdict-finished = Bạn về đích { $time }, { $delta } so với kế hoạch { $planned }.
verdict-out-too-fast = Tại { $at } bạn nhanh hơn kế hoạch { $ahead } rồi đánh rơi hết về sau: bạn ra tốc quá sớm.
verdict-hr-faded = Nửa sau, cùng nhịp tim nhưng pace chậm hơn { $pct } %: bạn đã xuống sức.
verdict-hr-held = Nhịp tim và pace của bạn giữ đều đến cuối.
verdict-watch = Đồng hồ của bạn đo { $long ->
        [yes] dư
       *[no] thiếu
    } { $pct } %; kế hoạch sau dùng { $next } %.
verdict-held = { $count ->
        [1] Bạn giữ đoạn đổ dốc không nhanh hơn pace giới hạn: làm tốt lắm.
        [2] Bạn giữ cả hai đoạn đổ dốc không nhanh hơn pace giới hạn: làm tốt lắm.
       *[other] Bạn giữ cả { $count } đoạn đổ dốc không nhanh hơn pace giới hạn: làm tốt lắm.
    }
verdict-rushed-one = Bạn thả dốc { $name } nhanh hơn pace giới hạn (tổng cộng { $count } đoạn đổ dốc).
verdict-rushed-many = Bạn thả { $rushed }/{ $count } đoạn đổ dốc nhanh hơn pace giới hạn ({ $names }).
verdict-flats-held = Lần này bạn vẫn giữ được pace ở đoạn bằng sau { $rushed ->
        [1] đoạn dốc đó
       *[other] các đoạn dốc đó
    }, nhưng cơ đùi trước sẽ phải trả giá ở cuối race.
verdict-flats-paid = Bạn mất { $time } ở đoạn bằng sau { $faded ->
        [1] { $rushed ->
            [1] đoạn dốc đó
           *[other] 1 đoạn dốc trong số đó
        }
       *[other] { $faded } đoạn dốc trong số đó
    }: giữ pace giới hạn khi đổ dốc và lấy lại thời gian ở đoạn bằng.

## Lỗi (course/error.rs, plan/error.rs, plan/conditions.rs, history/, training/, export/)

err-load-io = Không đọc được file ({ $reason }): { $path }
err-load-io-nameless = Không đọc được file ({ $reason }).
err-load-empty = File trống; hãy chọn file GPX xuất từ đồng hồ hoặc app vẽ cung đường.
err-load-not-xml = Đây không phải file GPX (không chứa XML); hãy xuất đường chạy ra GPX rồi thử lại.
err-load-wrong-format = Đây là file { $found }, không phải GPX; hãy xuất đường chạy ra GPX từ app của bạn rồi thử lại.
err-load-malformed = File GPX bị hỏng gần byte { $position } ({ $reason }); không đọc được đường chạy nào.
err-load-no-points = File GPX không có điểm track hay route nào; cần một đường chạy đã ghi hoặc đã vẽ.
err-load-no-points-unreadable = File GPX không có điểm track hay route nào dùng được ({ $n } điểm có tọa độ không đọc được); cần một đường chạy đã ghi hoặc đã vẽ.
err-load-no-points-waypoints = File GPX không có điểm track hay route nào (chỉ có { $n } waypoint); cần một đường chạy đã ghi hoặc đã vẽ.
err-load-single-position = Đường chạy chỉ có một vị trí; cần ít nhất hai điểm cách xa nhau.
err-load-not-a-file = Đây là { $kind }, không phải file GPX; hãy chọn một file GPX: { $path }
err-load-too-large-size = File quá lớn so với một đường chạy ({ $size } MB; giới hạn là { $limit } MB): { $path }
err-load-too-large = File quá lớn so với một đường chạy (giới hạn là { $limit } MB): { $path }
err-reason-no-such-file = không có file này
err-reason-permission-denied = không có quyền truy cập
err-reason-no-folder = thư mục không tồn tại
err-reason-loader-stopped = trình đọc file dừng đột ngột
err-format-html = trang web (HTML)
err-format-svg = ảnh SVG
file-kind-folder = một thư mục
file-kind-device = một thiết bị
file-kind-pipe = một pipe
file-kind-socket = một socket
file-kind-other = một thứ không phải file
plan-err-too-fast = Chạy { $km } km trong { $goal } nghĩa là pace trung bình { $pace }/km, nhanh hơn kỷ lục của bất kỳ ai; hãy chọn thời gian mục tiêu chậm hơn.
plan-err-too-slow = Chạy { $km } km trong { $goal } nghĩa là pace trung bình { $pace }/km, chậm hơn đi bộ; hãy chọn thời gian mục tiêu nhanh hơn.
plan-err-out-of-range = Mục "{ $name }" phải trong khoảng { $min } đến { $max } (đang là { $value }).
plan-err-pace-limits = Giới hạn pace đổ dốc chậm quá so với thời gian mục tiêu: riêng các đoạn đổ dốc đã hết giờ; hãy nới giới hạn để còn thời gian cho phần còn lại của đường chạy.
plan-err-no-elevation = Đường chạy này không có dữ liệu độ cao, nên không tính được pace quy đổi theo dốc; hãy mở file GPX có độ cao.
setting-goal-time = thời gian mục tiêu (giây)
setting-start-time = giờ xuất phát (giây sau nửa đêm)
setting-uphill-effort = sức lên dốc (%)
setting-downhill-restraint = kìm tốc khi đổ dốc (%)
setting-split = chênh lệch split hai nửa (%)
setting-fatigue-strength = mức mỏi do đổ dốc (%)
setting-body-mass = cân nặng (kg)
setting-carb-per-hour = carb mỗi giờ (g)
setting-gel-size = lượng carb mỗi gel (g)
setting-watch-over-read = đồng hồ đo dư (%)
setting-water-stations = số trạm nước
setting-water-station = trạm nước (km)
setting-descent-pace-limit = giới hạn pace đổ dốc (giây/km)
setting-descent-restraint = kìm tốc ở đoạn đổ dốc (%)
setting-weather-rows = số dòng bảng thời tiết
setting-weather-time = giờ trong bảng thời tiết (giây sau nửa đêm)
setting-air-temperature = nhiệt độ không khí (°C)
setting-dew-point = điểm sương (°C)
setting-heat-response = mức ảnh hưởng của nắng nóng (%)
setting-sweat-rate = tốc độ ra mồ hôi (l/h)
setting-utc-offset = múi giờ so với UTC (giờ)
setting-start-delay = thời gian kẹt lúc xuất phát (giây)
setting-start-delay-distance = quãng bị kẹt sau xuất phát (km)
setting-goal-b = mục tiêu B (giây)
weather-err-empty = file thời tiết trống
weather-err-header = dòng tiêu đề của file thời tiết phải là time,temp_c,dewpoint_c (đang là "{ $header }")
weather-err-row = dòng { $row } của file thời tiết ({ $line }): { $why }
weather-err-three-values = cần ba giá trị: time,temp_c,dewpoint_c
weather-err-time = giờ theo dạng HH:MM
weather-err-temp-number = nhiệt độ không phải là số
weather-err-dew-number = điểm sương không phải là số
weather-err-temp-range = nhiệt độ phải trong khoảng -30 đến 50 °C
weather-err-dew-above = điểm sương không thể cao hơn nhiệt độ không khí
weather-err-no-rows = file thời tiết có tiêu đề nhưng không có dòng dữ liệu nào
history-err-io = không đọc được { $path } ({ $reason })
history-err-no-activities = thư mục này không có buổi chạy .gpx, .tcx hay .fit nào ({ $path })
history-err-cancelled = đã hủy việc nhập buổi chạy
history-err-not-a-file = không phải file thường hoặc lớn hơn 256 MB
history-err-broken-tcx = file TCX bị hỏng ({ $reason })
history-err-tcx-no-points = file TCX này không có điểm track nào
history-err-broken-fit = file FIT bị hỏng ({ $reason })
history-err-fit-no-points = file FIT này không có vị trí nào
train-err-weeks = Giáo án phải dài từ 4 đến 16 tuần (đang là { $n }).
train-err-downhill-sessions = Chọn 1 hoặc 2 buổi tập đổ dốc mỗi tuần (đang là { $n }).
train-err-strength-sessions = Chọn 0 đến 3 buổi sức mạnh mỗi tuần (đang là { $n }).
train-err-too-soon = Ngày race { $race } cách { $today } chưa tới { $weeks } tuần; hãy chọn ít tuần hơn hoặc một race muộn hơn.
train-err-race-date = Ngày race { $race } không hợp lệ; hãy chọn một ngày trong vòng 5 năm tới (hoặc, với race đã qua, trong 50 năm trước) tính từ { $today }.
export-err-write = Không ghi được file ({ $reason }); chưa có gì bị thay đổi: { $path }
export-err-read = Không đọc được file kế hoạch ({ $reason }): { $path }
export-err-not-a-plan = Đây không phải file kế hoạch của Downhill Planner ({ $reason }).
export-err-newer = Kế hoạch này được lưu bằng Downhill Planner mới hơn (định dạng { $found }, bản này chỉ đọc tới { $supported }); hãy cập nhật app để mở.
export-err-bad-settings = Không dùng được thiết lập trong kế hoạch: { $reason }
export-err-pdf = Không tạo được file PDF ({ $reason }).
export-err-watch = Không tạo được file cho đồng hồ: { $reason }.
export-err-no-file-name = Chưa có tên file để xuất; chưa ghi gì cả.
phase-err-unknown = "{ $text }" không phải là giai đoạn của tuần (cần tên một bài tập, tên đó kèm " (recovery week)", hoặc "Taper").

## Mức bắt đầu của giáo án

start-level = Mức bắt đầu chọn theo 6 tuần qua của bạn: tổng xuống { $m } m ({ $weeks ->
        [0] bắt đầu từ tuần đầu như thường lệ
       *[other] bỏ qua { $weeks } tuần đầu của lộ trình thường lệ
    }).

## Pace tập và mục tiêu sát race

paces-mapping = theo pace đường bằng mục tiêu P của kế hoạch race: hồi phục 1,25-1,35 P, chạy nhẹ 1,12-1,22 P, sức 10 km đến half marathon 0,92-0,96 P, sức 5 km 0,88-0,91 P
race-target-describe = { $name }: { $km } km, độ dốc { $grade } %

## Lỗi phân tích sau race

debrief-err-no-times = File này không có thời gian, nên là đường chạy chứ không phải bản ghi race: { $path }
debrief-err-length = Bản ghi này dài { $recorded } km nhưng đường chạy của kế hoạch dài { $course } km, nên không phải bản ghi trọn vẹn của race này.

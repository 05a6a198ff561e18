# cli: Vietnamese (tiếng Việt)

## Dùng chung
cli-warnings = Cảnh báo:
cli-method = Phương pháp: {$method}

## analyze
cli-analyze-totals = Cự ly {$km} km · tổng leo {$gain} · tổng xuống {$loss} · độ cao từ {$low} đến {$high} · {$points} điểm
cli-analyze-no-elevation = File này không có dữ liệu độ cao nên không tìm được đoạn leo dốc hay đổ dốc nào.
cli-analyze-noise = Nhiễu độ cao ước tính từ file: {$noise}; chỉ tính leo khi chênh từ {$threshold} m
cli-analyze-descents = Các đoạn đổ dốc ({$count}):
cli-analyze-descent = {$name} {$kind} km {$start} đến {$end}  chênh cao {$drop} m  TB {$avg} %  dốc nhất {$max} %  {$category}
cli-analyze-climbs = Các đoạn leo dốc ({$count}):
cli-analyze-climb = {$name}        km {$start} đến {$end}  leo {$gain} m  TB {$avg} %  dốc nhất {$max} %  {$category}

## Tóm tắt kế hoạch (plan)
cli-official-climb = tổng leo {$gain} m
cli-official = Số liệu chính thức (bạn nhập): {$figures}
cli-plan-facts = Mục tiêu {$goal} · xuất phát {$start} · về đích {$finish} · pace đường bằng {$flat}/km · mô hình {$model}
cli-plan-energy = Năng lượng {$kcal} kcal (leo dốc {$climbs} %, đổ dốc {$descents} %, đường bằng {$flats} %) · tải đổ dốc {$load} điểm (ước lượng)
cli-fuel = Tiếp năng lượng:
cli-fuel-line = km {$km} lúc {$clock}: {$item} {$note}
cli-morning = Sáng ngày race · nắng nóng: {$mode}
cli-morning-dated = Sáng ngày race {$date} · nắng nóng: {$mode}
cli-morning-row = {$clock}  {$temp} °C  điểm sương {$dew} °C  độ ẩm {$humidity} %  chậm đi {$slowdown} %
cli-warning = Cảnh báo: {$warning}
cli-catch-up = Thẻ bù giờ (chậm 15 / 30 / 60 / 120 s):
cli-catch-up-row = km {$km} lúc {$elapsed}: {$cells}
cli-splits-head = split       pace cộng dồn       giờ    leo xuống    dốc   kcal   tải
cli-descents = Các đoạn đổ dốc:
cli-descent = {$name} ({$kind}, km {$start}-{$end}, lúc {$clock}): {$summary}
cli-descent-edited = {$name} [bạn đã chỉnh sửa]

## plan
cli-course-changed = lưu ý: cung đường đã thay đổi từ khi lưu kế hoạch; hãy kiểm tra lại các đoạn đổ dốc
cli-watch-needs-date = File cho đồng hồ cần --race-date YYYY-MM-DD: thời gian trong file là giờ ngày race theo UTC.
cli-watch-points-range = Số điểm trên cung đường phải từ {$lo} đến {$hi} (bạn nhập {$points}).
cli-watch-min-steps = Bài tập race cần ít nhất 2 bước.
cli-plan-written = Đã lưu kế hoạch vào {$path}
cli-card-written = Đã lưu thẻ kế hoạch race vào {$path}
cli-file-written = Đã lưu {$label} vào {$path}

## train
cli-train-no-course = Chưa có cung đường: pace tính cho marathon đường bằng, các buổi sát race dùng đoạn dốc 300-400 m, độ dốc 4-6 %.
cli-train-your-marathon = marathon của bạn
cli-train-head = Giáo án chạy đổ dốc cho {$race} ngày {$date} ({$weeks} tuần, từ {$start})
cli-train-paces = Pace {$paces}
cli-train-copy = Các buổi sát race mô phỏng {$what}
cli-train-note = Lưu ý: {$note}
cli-train-week = Tuần {$n} ({$start}): {$phase} · tải {$load}
cli-train-where = ở đâu: {$place}

## history
cli-history-no-run = Không có buổi chạy có thời gian nào dùng được trong {$path} ({$files} file: {$unreadable} không đọc được, {$untimed} không có thời gian, {$not_running} không phải chạy bộ, {$no_flat} không có đoạn bằng).
cli-history-needed = --model personal cần các buổi chạy của bạn: thêm --history THƯ_MỤC_HOẶC_FILE.
cli-history-counts = {$files} file, dùng {$runs} buổi chạy, {$blocks} khối ~100 m
cli-history-left-out = Bỏ qua: {$unreadable} không đọc được, {$untimed} không có thời gian, {$not_running} không phải chạy bộ, {$no_flat} không có đoạn bằng; {$stops} lần dừng, {$jumps} lần GPS nhảy, {$broken} khối độ cao lỗi
cli-history-head = dốc    khối    trung vị  dải 95 %   tốc độ/bằng  thời gian x  nguồn
cli-history-yours = của bạn
cli-history-downhill = Quãng đổ dốc đã chạy trong 6 tuần qua: {$last} m (6 tuần tính đến buổi chạy gần nhất: {$latest} m)

## debrief
cli-debrief-written = Đã lưu: {$path}
cli-debrief-head = Phân tích sau race: {$course}
cli-debrief-over-read = Đồng hồ đo dư {$pct} % (ghi {$recorded} cho {$course} km); race sau hãy lập kế hoạch với --watch-over-read {$next}
cli-debrief-descents-head = Đoạn đổ dốc                 km  giới hạn  t.tế    +/-   đánh giá    đoạn bằng sau đó
cli-debrief-after = kế hoạch {$planned}, thực tế {$run} ({$delta})
cli-debrief-km-head = Split     kế hoạch  t.tế    +/-   tổng
cli-debrief-heart-rate = Nhịp tim: nửa đầu {$first} bpm, nửa sau {$second}; độ lệch pace:nhịp tim {$decoupling} %
cli-history-effort = Quy về cùng cường độ: trong { $runs } buổi có nhịp tim, đã bỏ { $off } đoạn lệch quá +-{ $band } % so với nhịp tim ổn định của buổi đó; các buổi khác so theo pace đường bằng của chính buổi đó.

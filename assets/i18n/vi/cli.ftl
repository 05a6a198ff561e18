# cli: Vietnamese (tiếng Việt)

## Dùng chung
cli-warnings = Cảnh báo:
cli-method = Phương pháp: {$method}

## analyze
cli-analyze-totals = Cự ly {$km} km · tổng leo {$gain} · tổng xuống {$loss} · độ cao từ {$low} đến {$high} · {$points} điểm
cli-analyze-no-elevation = File này không có dữ liệu độ cao nên không tìm được đoạn leo dốc hay đổ dốc nào.
cli-analyze-noise = Nhiễu độ cao ước tính từ file: {$noise}; chỉ tính leo khi chênh từ {$threshold} m
cli-analyze-descents = Các đoạn đổ dốc ({$count}):
cli-analyze-descent = {$name} {$kind} km {$start} đến {$end}  hạ {$drop} m  TB {$avg} %  dốc nhất {$max} %  {$category}
cli-analyze-climbs = Các đoạn leo dốc ({$count}):
cli-analyze-climb = {$name}        km {$start} đến {$end}  leo {$gain} m  TB {$avg} %  dốc nhất {$max} %  {$category}

-- Issue 17.6: 青森市 (a 中核市) has its eligibility (要綱 第3) and a declaration (第4) recorded, so that
-- the demo shows the declaration page as a resident reads it and as the central city keeps it.
-- The day/night population ratio and the texts below are demo figures and wording (fictional, like
-- the commuting ratios of V11); ⑤ names the neighbours V11 records at 0.1 or more.
INSERT INTO circle_eligibility (circle_id, city_status, day_night_ratio, commuters_to_metropolis,
    recorded_by, recorded_at)
  VALUES (1, 'CORE', 1.032, NULL, 'admin', '2026-04-01 09:00:00');

INSERT INTO circle_declaration (id, circle_id, declared_on, will_to_lead, population, urban_functions,
    cooperation_fields, commuting_area, commuting_note, other_neighbours, recorded_by, recorded_at)
  VALUES (1, 1, DATE '2023-04-03',
    '青森市は、近隣の町村とともに、圏域全体の経済をけん引し、圏域の住民全体の暮らしを支える中心的な役割を担い、近隣町村の住民に対しても積極的に各種サービスを提供していく意思を有することを、ここに宣言します。（デモ用の文章）',
    '圏域の人口は令和2年国勢調査で約31万人、国立社会保障・人口問題研究所の推計では令和27年に約22万人となる見込みです。（デモ用の数値）',
    '青森市には県立中央病院などの中核的な医療機能、大学、大規模商業施設、青森駅を中心とする交通結節機能が集積し、近隣町村の住民が通勤・通学・通院・買物に日常的に利用しています。（デモ用の文章）',
    '地域医療、公共交通、観光・移住促進、人材の育成、防災など。',
    '平内町（0.214）、外ヶ浜町（0.183）、今別町（0.152）',
    NULL,
    '蓬田村',
    'aomori-mayor', '2023-04-03 10:00:00');

-- Issue 17, demo data: a circle across two prefectures and one whose two cities act jointly as its
-- central city (要綱 第9). Municipality codes and names are real; everything the portal records about
-- these two circles (agreements, ratios, eligibility figures other than the census populations) is
-- fictional demo data, and both circles say so in their names.
--  * 備後: 福山市 (広島県) with 三原市 and, across the border, 笠岡市 and 井原市 (岡山県). An agreement
--    with 笠岡市 or 井原市 is filed with 岡山県知事 by them and with 広島県知事 by 福山市.
--  * 中海・宍道湖: 松江市 (島根県) and 米子市 (鳥取県) as one central city, with 安来市 and 境港市 in
--    talks; each will conclude an agreement with each of the two cities.
INSERT INTO municipality (code, name_ja, name_en, kind) VALUES
  ('342076', '福山市', 'Fukuyama City', 'CITY'),
  ('342041', '三原市', 'Mihara City', 'CITY'),
  ('332054', '笠岡市', 'Kasaoka City', 'CITY'),
  ('332071', '井原市', 'Ibara City', 'CITY'),
  ('322016', '松江市', 'Matsue City', 'CITY'),
  ('312029', '米子市', 'Yonago City', 'CITY'),
  ('322067', '安来市', 'Yasugi City', 'CITY'),
  ('312045', '境港市', 'Sakaiminato City', 'CITY');

INSERT INTO circle (id, slug, name_ja, name_en, version) VALUES
  (4, 'bingo', '備後圏域連携中枢都市圏（記録は架空・デモ用）', 'Bingo Cooperation Circle (fictional records, demo)', 0),
  (5, 'nakaumi', '中海・宍道湖圏域連携中枢都市圏（架空・デモ用、要綱 第9）', 'Nakaumi–Shinjiko Cooperation Circle (fictional demo, section 9)', 0);

INSERT INTO circle_member (id, circle_id, municipality_code, role) VALUES
  (18, 4, '342076', 'CENTRAL_CITY'),
  (19, 4, '342041', 'PARTNER'),
  (20, 4, '332054', 'PARTNER'),
  (21, 4, '332071', 'PARTNER'),
  (22, 5, '322016', 'CENTRAL_CITY'),
  (23, 5, '312029', 'CENTRAL_CITY'),
  (24, 5, '322067', 'PARTNER'),
  (25, 5, '312045', 'PARTNER');

-- 福山市 is a 中核市 outside the three metropolitan areas (第3); the ratio is a demo figure.
INSERT INTO circle_eligibility (circle_id, city_status, day_night_ratio, commuters_to_metropolis,
                                recorded_by, recorded_at) VALUES
  (4, 'CORE', 1.020, NULL, 'admin', '2026-04-01 09:00:00');

-- 第9 ①–⑥ for 松江市 and 米子市: the populations are the 2020 census; the ratios, the travel time
-- and the reason are demo figures.
INSERT INTO circle_joint_eligibility (circle_id, first_population, second_population,
    first_day_night, second_day_night, first_commuters, second_commuters, first_satellite,
    second_satellite, travel_minutes, equivalent_initiatives, recorded_by, recorded_at) VALUES
  (5, 203616, 147317, 1.041, 1.075, NULL, NULL, FALSE, FALSE, 35,
   '（架空・デモ用）松江市が行政・医療・高等教育の機能を、米子市が商業・交通結節の機能を分担しており、中海を囲む圏域全体で宣言連携中枢都市圏と同等の取組が見込まれる。',
   'admin', '2026-04-01 09:00:00');

-- 要綱 第7(1): the 青森 declaration's copies (fictional dates): to 青森県知事 — every municipality its ⑤
-- names lies in 青森県 — acknowledged by the prefecture, and to the Minister.
INSERT INTO declaration_copy (id, declaration_id, recipient, sent_on, recorded_by, recorded_at,
                              acknowledged_on, acknowledged_by) VALUES
  (1, 1, 'GOVERNOR:02', DATE '2023-04-05', 'aomori-mayor', '2023-04-05 10:00:00', DATE '2023-04-07', 'aomori-pref'),
  (2, 1, 'MINISTRY', DATE '2023-04-05', 'aomori-mayor', '2023-04-05 10:00:00', NULL, NULL);

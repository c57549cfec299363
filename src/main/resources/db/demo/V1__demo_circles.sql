-- Demo circles (public facts from DOMAIN.md), loaded once when renkei.demo-data is on.
-- 陸奥湾 is fictional: it exists so that one municipality (平内町) is in two circles.

INSERT INTO municipality (code, name_ja, name_en, kind) VALUES
  ('022012', '青森市', 'Aomori City', 'CITY'),
  ('023035', '平内町', 'Hiranai Town', 'TOWN'),
  ('023043', '今別町', 'Imabetsu Town', 'TOWN'),
  ('023051', '蓬田村', 'Yomogita Village', 'VILLAGE'),
  ('023078', '外ヶ浜町', 'Sotogahama Town', 'TOWN'),
  ('202011', '長野市', 'Nagano City', 'CITY'),
  ('202070', '須坂市', 'Suzaka City', 'CITY'),
  ('202185', '千曲市', 'Chikuma City', 'CITY'),
  ('205214', '坂城町', 'Sakaki Town', 'TOWN'),
  ('205419', '小布施町', 'Obuse Town', 'TOWN'),
  ('205435', '高山村', 'Takayama Village', 'VILLAGE'),
  ('205834', '信濃町', 'Shinano Town', 'TOWN'),
  ('205885', '小川村', 'Ogawa Village', 'VILLAGE'),
  ('205907', '飯綱町', 'Iizuna Town', 'TOWN'),
  ('022039', '八戸市', 'Hachinohe City', 'CITY'),
  ('024015', '野辺地町', 'Noheji Town', 'TOWN');

INSERT INTO circle (id, slug, name_ja, name_en, version) VALUES
  (1, 'aomori', '青森圏域連携中枢都市圏', 'Aomori Regional Cooperation Circle', 0),
  (2, 'nagano', '長野地域連携中枢都市圏', 'Nagano Regional Cooperation Circle', 0),
  (3, 'mutsuwan', '陸奥湾連携中枢都市圏（架空・デモ用）', 'Mutsu Bay Cooperation Circle (fictional demo)', 0);

INSERT INTO circle_member (id, circle_id, municipality_code, role) VALUES
  (1, 1, '022012', 'CENTRAL_CITY'),
  (2, 1, '023035', 'PARTNER'),
  (3, 1, '023043', 'PARTNER'),
  (4, 1, '023051', 'PARTNER'),
  (5, 1, '023078', 'PARTNER'),
  (6, 2, '202011', 'CENTRAL_CITY'),
  (7, 2, '202070', 'PARTNER'),
  (8, 2, '202185', 'PARTNER'),
  (9, 2, '205214', 'PARTNER'),
  (10, 2, '205419', 'PARTNER'),
  (11, 2, '205435', 'PARTNER'),
  (12, 2, '205834', 'PARTNER'),
  (13, 2, '205885', 'PARTNER'),
  (14, 2, '205907', 'PARTNER'),
  (15, 3, '022039', 'CENTRAL_CITY'),
  (16, 3, '023035', 'PARTNER'),
  (17, 3, '024015', 'PARTNER');

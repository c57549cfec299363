-- How the demo municipalities' names read (for the look-up by name on the portal's home page).
UPDATE municipality SET name_kana = 'あおもりし' WHERE code = '022012';
UPDATE municipality SET name_kana = 'ひらないまち' WHERE code = '023035';
UPDATE municipality SET name_kana = 'いまべつまち' WHERE code = '023043';
UPDATE municipality SET name_kana = 'よもぎたむら' WHERE code = '023051';
UPDATE municipality SET name_kana = 'そとがはままち' WHERE code = '023078';
UPDATE municipality SET name_kana = 'ながのし' WHERE code = '202011';
UPDATE municipality SET name_kana = 'すざかし' WHERE code = '202070';
UPDATE municipality SET name_kana = 'ちくまし' WHERE code = '202185';
UPDATE municipality SET name_kana = 'さかきまち' WHERE code = '205214';
UPDATE municipality SET name_kana = 'おぶせまち' WHERE code = '205419';
UPDATE municipality SET name_kana = 'たかやまむら' WHERE code = '205435';
UPDATE municipality SET name_kana = 'しなのまち' WHERE code = '205834';
UPDATE municipality SET name_kana = 'おがわむら' WHERE code = '205885';
UPDATE municipality SET name_kana = 'いいづなまち' WHERE code = '205907';
UPDATE municipality SET name_kana = 'はちのへし' WHERE code = '022039';
UPDATE municipality SET name_kana = 'のへじまち' WHERE code = '024015';

-- Issue 18.1: each demo KPI of the 青森 vision measures an initiative of its version
-- (観光入込客数 → 1 広域観光, 救急搬送 → 3 救急医療, 路線バス → 2 地域公共交通), adopted and draft alike.
INSERT INTO vision_kpi_initiative (kpi_id, initiative_number) VALUES
  (1, 1), (2, 3), (3, 2),
  (4, 1), (5, 3), (6, 2);

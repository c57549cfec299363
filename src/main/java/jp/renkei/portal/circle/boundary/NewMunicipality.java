package jp.renkei.portal.circle.boundary;

/** A municipality as an administrator types it: code (with check digit), names, kind. */
public record NewMunicipality(String code, String nameJa, String nameEn, String kind) {}

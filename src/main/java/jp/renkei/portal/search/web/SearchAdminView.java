package jp.renkei.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.renkei.portal.platform.web.Steps;
import jp.renkei.portal.search.boundary.Search;
import jp.renkei.portal.search.boundary.SearchIndexing;

/** The search index on the administration's home: its size, and "rebuild". */
@Named
@RequestScoped
public class SearchAdminView {

  @Inject Search search;
  @Inject SearchIndexing indexing;
  @Inject Steps steps;

  public long getDocuments() {
    return Long.parseLong(search.state().getOrDefault("documents", "0"));
  }

  public String getApplied() {
    return search.state().getOrDefault("seq", "-1");
  }

  public void rebuild() {
    steps.runTo(indexing::requestRebuild, "admin.search.requested", "/admin/");
  }
}

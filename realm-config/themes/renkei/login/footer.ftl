<#-- The portal's own footer under every sign-in and registration page, in the page's language. -->
<#macro content>
  <footer class="renkei-footer" id="renkei-footer">
    <p>${msg("renkeiFooterAbout")}</p>
    <#if client?? && client.baseUrl?has_content>
      <p><a id="renkei-back" href="${client.baseUrl}">${msg("renkeiBackToPortal")}</a></p>
    </#if>
  </footer>
</#macro>

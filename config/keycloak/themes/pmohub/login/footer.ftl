<#macro content>
<#-- Footer below the login card's form (keycloak.v2 hook). Same line as the app's footer. -->
  <p class="pmohub-footer">${msg("pmohubFooter")}</p>
</#macro>

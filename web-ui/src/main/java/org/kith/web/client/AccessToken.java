package org.kith.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/** The logged-in user's access token, which every call to another module carries. */
@RequestScoped
public class AccessToken {
  @Inject OpenIdContext openId;

  public String bearer() {
    return "Bearer " + openId.getAccessToken().getToken();
  }
}

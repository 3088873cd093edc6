/** Role names and token claim names every module authorises against. */
package org.kith.api.security;

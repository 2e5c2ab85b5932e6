/** Plain HTTP endpoints beside GraphQL: the push webhook that triggers a sync. */
package com.weeklygraphql.api.web;

/**
 * The project catalogue: canonical project names, their other spellings and repositories, loaded from YAML
 * so that a deployment serving another community's newsletter can replace it.
 */
package com.weeklygraphql.content.project;

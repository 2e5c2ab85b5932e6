package com.weeklygraphql.api.graphql;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Tells GraphQL which object type a {@code Node} is, from the record served for it. */
@Configuration(proxyBeanMethods = false)
class NodeTypeResolver {

    @Bean
    RuntimeWiringConfigurer nodeTypeWiring() {
        TypeResolver resolver = environment -> NodeType.of(environment.getObject())
                .map(type -> (GraphQLObjectType) environment.getSchema().getType(type.typeName()))
                .orElseThrow(() -> new IllegalStateException("not a Node: " + environment.getObject().getClass().getName()));
        return wiring -> wiring.type("Node", type -> type.typeResolver(resolver));
    }
}

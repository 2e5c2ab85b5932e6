package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SearchHit;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code search} and its connection's fields. */
@Controller
class SearchController {

    @QueryMapping
    SearchConnection search(@Argument String query, @Argument List<ItemKind> kinds, @Argument ContentFilter filter,
            @Argument Integer first, @Argument String after, @ContextValue ContentSnapshot snapshot) {
        return new SearchConnection(snapshot.search().search(query, kinds == null ? List.of() : kinds,
                ContentFilter.orNone(filter), first, after));
    }

    @SchemaMapping(typeName = "SearchEdge", field = "node")
    Object node(SearchHit hit) {
        return hit.item();
    }
}

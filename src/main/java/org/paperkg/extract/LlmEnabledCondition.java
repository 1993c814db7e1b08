package org.paperkg.extract;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code paperkg.llm.base-urls} names at least one server, written either as a
 * comma-separated value or as an indexed list ({@code base-urls[0]=…}), which
 * {@code @ConditionalOnProperty} cannot both see.
 */
final class LlmEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("paperkg.llm.base-urls", Bindable.listOf(String.class))
                .map(urls -> urls.stream().anyMatch(u -> !u.isBlank()))
                .orElse(false);
    }
}

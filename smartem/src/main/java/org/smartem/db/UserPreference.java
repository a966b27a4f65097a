package org.smartem.db;

import io.retort.entity.Jsonb;
import io.retort.entity.Sequence;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One preference of a user (user {@code system} holds the defaults), added by 5f0c2a9e41b7.
 * Table {@code user_preferences}.
 */
@Entity
@Table(name = "user_preferences")
public class UserPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "user_preferences_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @UnboundedVarchar
    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "preference_key", nullable = false)
    private String preferenceKey;

    @Jsonb
    @Column(name = "preference_value", columnDefinition = "jsonb")
    private String preferenceValue;

    public Integer getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getPreferenceKey() {
        return preferenceKey;
    }

    public void setPreferenceKey(String preferenceKey) {
        this.preferenceKey = preferenceKey;
    }

    public String getPreferenceValue() {
        return preferenceValue;
    }

    public void setPreferenceValue(String preferenceValue) {
        this.preferenceValue = preferenceValue;
    }
}

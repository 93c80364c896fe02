package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

/** A skill a {@link MarketplaceRequest} asks for; part of the request, never changed on its own. */
@Entity
@Table(name = "request_skill")
public class RequestSkill extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private MarketplaceRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, updatable = false, length = 20)
    private Skill skill;

    @Convert(converter = SkillDepthConverter.class)
    @Column(name = "min_depth", nullable = false, updatable = false)
    private SkillDepth minDepth;

    @Column(name = "required", nullable = false, updatable = false)
    private boolean required;

    protected RequestSkill() {
    }

    static RequestSkill of(MarketplaceRequest request, SkillNeed need) {
        RequestSkill row = new RequestSkill();
        row.identify();
        row.request = request;
        row.skill = need.skill();
        row.minDepth = need.minDepth();
        row.required = need.required();
        return row;
    }

    public SkillNeed need() {
        return new SkillNeed(skill, minDepth, required);
    }
}

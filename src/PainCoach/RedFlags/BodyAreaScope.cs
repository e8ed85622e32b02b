namespace PainCoach.RedFlags;

public static class BodyAreaScope
{
    /// <summary>The red-flag catalog's view of where it hurts: heel and back together fit every flag (<see cref="PainArea.Any"/>).</summary>
    public static PainArea ToPainArea(this BodyArea area) => area switch
    {
        BodyArea.Heel => PainArea.Heel,
        BodyArea.Back => PainArea.Back,
        _ => PainArea.Any,
    };
}

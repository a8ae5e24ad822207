namespace Dashboard.Core.Analysis.Text;

/// <summary>A text folded as <see cref="RequiredLiterals"/> compares it (<see cref="RequiredLiterals.Fold"/>).</summary>
public sealed class FoldedText
{
    internal FoldedText(string folded) => Text = folded;

    public string Text { get; }
}

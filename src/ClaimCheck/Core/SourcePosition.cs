namespace ClaimCheck.Core;

/// <summary>A place in a user's file: 1-based line and column, as editors count them.</summary>
/// <param name="File">The file as shown to the user (relative to the working directory, forward slashes).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>Compiler-style location, <c>file(line,col)</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column})";

    /// <summary>The same file and line, a number of columns further right (for pointing inside a scalar).</summary>
    public SourcePosition Offset(int columns) => this with { Column = Column + columns };
}

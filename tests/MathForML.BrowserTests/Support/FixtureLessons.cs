namespace MathForML.BrowserTests.Support;

/// <summary>
/// The small course the browser tests build: two phases, math, cells with a table and a chart
/// (placed below the first screen, so lazy loading shows), callouts, a solution, checked exercises
/// (a number with a hint, a vector, a matrix, a choice), a lesson about eigenvalues for search, and
/// the extra pages the home page links to.
/// </summary>
public static class FixtureLessons
{
    /// <summary>Prose that pushes what follows below the first screen.</summary>
    private static string Filler(string topic, int paragraphs) => string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i =>
        $"Paragraph {i} about {topic}. A vector lists numbers in order, and each number measures how far to go along one axis. " +
        "Adding two vectors adds their entries; scaling a vector multiplies every entry by the same number. " +
        "These two operations are all a linear map has to respect, which is why they come first."));

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["00_Overview.md"] = """
            ---
            title: Overview
            order: 0
            phase: Introduction
            level: beginner
            description: What the fixture course covers and how to read it.
            ---

            ## What this course is

            A short course to test the site in a browser.
            """,

        ["01_Vectors.md"] = $$"""
            ---
            title: Vectors
            order: 1
            phase: Linear Algebra
            level: beginner
            description: Vectors as lists of numbers and as arrows.
            objectives:
              - Add vectors and scale them
              - Compute a norm such as $\|\mathbf{x}\|_2$
            ---

            ## Lists of numbers

            A vector $\mathbf{x} \in \mathbb{R}^n$ is a list of $n$ numbers.

            $$
            \mathbf{x} = \begin{pmatrix} x_1 \\ x_2 \end{pmatrix}
            $$

            > [!DEFINITION]
            > The **norm** of $\mathbf{x}$ is $\|\mathbf{x}\|_2 = \sqrt{\sum_i x_i^2}$.

            ```csharp run
            var v = Vector<double>.Build.Dense(new[] { 3.0, 4.0 });
            Console.WriteLine("norm = " + v.L2Norm());
            v
            ```

            {{Filler("lists", 6)}}

            ## Arrows

            {{Filler("arrows", 4)}}

            $$
            f(\mathbf{x}) = w_1 x_1 + w_2 x_2 + w_3 x_3 + w_4 x_4 + w_5 x_5 + w_6 x_6 + w_7 x_7 + w_8 x_8 + w_9 x_9 + w_{10} x_{10} + w_{11} x_{11} + b
            $$

            ```csharp run hide
            Chart.Line(new[] { 0.0, 1.0, 2.0, 3.0 }, new[] { 0.0, 1.0, 4.0, 9.0 }, "squares").WithTitle("Squares").WithXAxisTitle("x").WithYAxisTitle("x squared")
            ```

            ## Exercises

            > [!EXERCISE]
            > What is the norm of $(3, 4)$? Type it.

            ```csharp answer
            Vector<double>.Build.Dense(new[] { 3.0, 4.0 }).L2Norm()
            ```

            <details><summary>Hint</summary>

            Square the entries, add them, and take the square root.

            </details>

            <details><summary>Solution</summary>

            The norm is $5$, since $3^2 + 4^2 = 25$.

            </details>

            > [!EXERCISE]
            > Type $2\mathbf{x}$ for $\mathbf{x} = (1, -2, 3)$.

            ```csharp answer
            Vector<double>.Build.Dense(new[] { 1.0, -2.0, 3.0 }) * 2
            ```

            <details><summary>Solution</summary>

            $(2, -4, 6)$: scaling multiplies every entry.

            </details>

            ```text
            a plain code block to copy
            ```
            """,

        ["02_Eigenvalues.md"] = """
            ---
            title: Eigenvalues
            order: 2
            phase: Linear Algebra
            level: intermediate
            prerequisites: [01_Vectors]
            description: Directions a matrix only stretches.
            ---

            ## Eigenvalues and eigenvectors

            An eigenvector of a square matrix $A$ is a nonzero vector $\mathbf{v}$ with $A\mathbf{v} = \lambda \mathbf{v}$;
            the number $\lambda$ is its eigenvalue. Eigen is German for "own".

            ```csharp run hide
            Chart.Combine(
                Chart.Line(new[] { 0.0, 1.0, 2.0 }, new[] { 0.0, 2.0, 4.0 }, "an eigenvector with eigenvalue 2"),
                Chart.Line(new[] { 0.0, 1.0, 2.0 }, new[] { 0.0, 0.5, 1.0 }, "an eigenvector with eigenvalue 0.5"),
                Chart.Line(new[] { 0.0, 1.0, 2.0 }, new[] { 0.0, 1.0, 2.0 }, "a vector the matrix leaves alone"))
                .WithXAxisTitle("length before").WithYAxisTitle("length after")
            ```

            ## Steepest direction

            The direction of fastest increase of $f$ at a point is $\nabla f$, the vector of its partial slopes.

            ## Symmetric matrices

            A matrix that equals its mirror image, $A = A^\top$, has real eigenvalues.

            | matrix | $\lambda_1$ | $\lambda_2$ |
            |---|---|---|
            | $\operatorname{diag}(2, 0.5)$ | $2$ | $0.5$ |

            ## Summary

            Every idea above comes back in later lessons.

            ## Exercises

            > [!EXERCISE]
            > Type $A^2$ for $A = \begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$.

            ```csharp answer
            var shear = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { 0, 1 } });
            shear * shear
            ```

            > [!EXERCISE]
            > Can a real symmetric matrix have a complex eigenvalue?

            ```csharp answer
            Answer.Choice(["Yes", "No"], "No")
            ```

            <details><summary>Solution</summary>

            No: symmetric matrices have real eigenvalues.

            </details>
            """,

        ["03_Probability.md"] = """
            ---
            title: Probability
            order: 3
            phase: Probability
            level: beginner
            ---

            ## Events

            An event is a set of outcomes.

            ## A density from above

            ```csharp run hide
            var axis = new[] { -2.0, -1.0, 0.0, 1.0, 2.0 };
            var heights = new double[5, 5];
            for (var i = 0; i < 5; i++)
                for (var j = 0; j < 5; j++) heights[i, j] = axis[i] * axis[i] + axis[j] * axis[j];
            Chart.Combine(
                Chart.Contour(axis, axis, heights),
                Chart.Line(new[] { -2.0, -1.0, 0.0 }, new[] { 2.0, 1.0, 0.0 }, "a path downhill"),
                Chart.Line(new[] { 2.0, 1.0, 0.0 }, new[] { -2.0, -0.5, 0.0 }, "another path downhill"))
                .WithTitle("Level sets of a bowl with two paths").WithXAxisTitle("x").WithYAxisTitle("y")
            ```

            The paths cross the level sets on their way to the bottom.

            ## A spread to explore

            ```csharp run hide
            var xs = Enumerable.Range(0, 41).Select(i => -4 + 0.2 * i).ToArray();
            double Density(double x, double s) => Math.Exp(-x * x / (2 * s * s)) / (s * Math.Sqrt(2 * Math.PI));
            Chart.Sweep("spread σ", new[] { 0.5, 1.0, 2.0 }, 1.0, s => Chart.Combine(
                    Chart.Line(xs, xs.Select(x => Density(x, s)), "density"),
                    Chart.Line(xs, xs.Select(x => Density(x, 1)), "σ = 1, for reference"))
                .WithTitle($"Normal density with σ = {s}: its peak is {Density(0, s):0.000} high")
                .WithXAxisTitle("x").WithYAxisTitle("density"))
                .WithTitle("A normal density as its spread moves")
            ```
            """,

        ["study-plan.md"] = """
            ---
            title: 12-Week Study Plan
            ---

            ## Week 1

            Lessons 0 and 1: [the overview](00_Overview.md) and [vectors](01_Vectors.md#arrows).

            ## Week 2

            [Eigenvalues](02_Eigenvalues.md), then [probability](03_Probability.md), with [books](resources.md).
            """,

        ["resources.md"] = """
            ---
            title: Resources
            ---

            ## Books

            Linear algebra books.
            """,
    };
}

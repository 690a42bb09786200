using MathForML.Examples;

namespace MathForML.Tests.Examples;

public class BayesianRegressionTests
{
    [Fact]
    public void The_cars_data_has_392_complete_rows()
    {
        Assert.Equal(392, BayesianRegression.Horsepower.Count);
        Assert.Equal(392, BayesianRegression.MilesPerGallon.Count);
        Assert.All(BayesianRegression.Horsepower, hp => Assert.InRange(hp, 46, 230));
        Assert.All(BayesianRegression.MilesPerGallon, mpg => Assert.InRange(mpg, 9, 46.6));
    }

    [Fact]
    public void The_rows_are_the_tables_rows_in_order()
    {
        // First row of cars.json: chevrolet chevelle malibu, 130 hp, 18 mpg; last: chevy s-10, 82 hp, 31 mpg.
        Assert.Equal((130.0, 18.0), (BayesianRegression.Horsepower[0], BayesianRegression.MilesPerGallon[0]));
        Assert.Equal((82.0, 31.0), (BayesianRegression.Horsepower[^1], BayesianRegression.MilesPerGallon[^1]));
    }

    [Fact]
    public void The_summary_statistics_match_the_source()
    {
        // Computed from cars.json with numpy: means 104.4694 hp and 23.4459 mpg, correlation −0.7784.
        Assert.Equal(104.4694, BayesianRegression.Horsepower.Average(), 4);
        Assert.Equal(23.4459, BayesianRegression.MilesPerGallon.Average(), 4);
        var correlation = MathNet.Numerics.Statistics.Correlation.Pearson(
            BayesianRegression.Horsepower, BayesianRegression.MilesPerGallon);
        Assert.Equal(-0.7784, correlation, 4);
    }
}

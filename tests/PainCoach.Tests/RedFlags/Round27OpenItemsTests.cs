using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Round 26's open items closed in round 27 (rf-open27), each class both ways: a thing dropped off a height (a phone, a
/// hammer, a bottle off a scaffold, roof or ladder) is not the person's fall, as sent or under a subscriber's program,
/// while the person's own fall stays an emergency; a heavy thing said by its weight ("a 250 pound engine block", "un saco
/// de 90 libras") that fell on the person's back is major trauma, while pounds lost stay weight; a Fahrenheit number
/// before "temperature" is a fever, not a room's heat; leg or foot weakness worse than a day, or weaker every day, said
/// without "less"; a motorbike or car seat one cannot feel; pain that stops even sitting in the car; a foot "trancado"
/// on a pedal in a crash. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-open27").
/// </summary>
public sealed class Round27OpenItemsTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("slipped on the wet plank and fell off the scaffold, my lower back is in agony")]
    [InlineData("me caí del andamio como de tres metros y la espalda me duele muchísimo")]
    [InlineData("a 250 pound engine block slid off the hoist and came down on my back")]
    [InlineData("se me vino encima un saco de cemento de 90 libras y me dio en la espalda")]
    [InlineData("lower back pain and i cant feel the seat of the motorcycle anymore")]
    [InlineData("no siento el asiento de la troca y me duele la cintura y la espalda")]
    public void A_fall_of_the_persons_own_a_weighed_load_on_the_back_and_a_seat_not_felt_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my temp read 102.4 temperature this morning and my back is on fire")]
    [InlineData("tuve 101 de temperatura toda la noche y me duele la espalda")]
    [InlineData("my right foot has no strength and its weaker than sunday, back hurts")]
    [InlineData("cada dia mas debil el pie derecho, con ciatica")]
    [InlineData("hubo un choque y el pie se me quedó trancado en el freno, el talón me duele mucho")]
    public void A_number_before_temperature_weakness_worse_than_a_day_and_a_foot_trancado_in_a_crash_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("back pain so bad it wont even let me sit in the car for church")]
    [InlineData("el dolor del talón no me deja ni sentarme en el carro para ir al trabajo")]
    public void Pain_that_stops_even_sitting_in_the_car_is_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("dropped my tape measure off the roof again, my back is a bit stiff from bending")]
    [InlineData("se me cayó la botella de agua del andamio, la espalda un poco cansada")]
    [InlineData("my drill fell off the ladder and broke, heel sore from standing")]
    [InlineData("lost 150 pounds over two years and my back is so much better")]
    [InlineData("a 40 pound bag of salt fell off the shelf at the store, back sore from stocking")]
    [InlineData("the room is at 101 temperature with the heater on, back stiff")]
    [InlineData("what temperature should the water be for soaking my heel")]
    [InlineData("cada dia mas fuerte el pie con la fisioterapia, gracias")]
    [InlineData("my back pain is worse than friday but my legs are strong")]
    [InlineData("no siento el asiento del carro cómodo, la espalda me molesta al manejar")]
    [InlineData("the seat of my car is too hard, back aches on long drives")]
    [InlineData("i cant sit in the car for more than an hour, back gets stiff")]
    [InlineData("el pie se me quedó trancado en el pedal de la bici, sin choque, el talón bien")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("se me cayó el celular del techo jaja, por eso no contesté", BodyArea.Back)]
    [InlineData("dropped my keys off the balcony, had to run down four floors", BodyArea.Heel)]
    [InlineData("my hammer fell off the scaffold and landed in the mud", BodyArea.Both)]
    public void A_thing_dropped_off_a_height_raises_no_alert_under_a_program(string text, BodyArea program) =>
        Assert.Null(screen.Screen(text, program));
}

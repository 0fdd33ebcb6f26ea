import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  legend: string;
  registration: UseFormRegisterReturn;
  choices: readonly { value: string; label: string }[];
  testId: string;
}

/** A small labelled group of radio buttons registered with react-hook-form. */
export function ChoiceRadios({ legend, registration, choices, testId }: Props) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className="radio-row">
        {choices.map((choice) => (
          <label key={choice.value} className="radio-row__option">
            <input
              type="radio"
              value={choice.value}
              data-testid={`${testId}-${choice.value}`}
              {...registration}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

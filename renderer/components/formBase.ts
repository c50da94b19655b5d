import { createContext, useContext } from 'react';

/**
 * The values an edit dialog's save is made on: the record as the dialog opened it, or after a
 * stale save was merged, the record as it was stored then. What is compared with it (the reason
 * a changed field asks for) compares with what the save will really change.
 */
export const FormBaseContext = createContext<object | null>(null);

export function useFormBase(): object | null {
  return useContext(FormBaseContext);
}
